package org.plsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.analysis.ComparedEffect;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.PlanComparison;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.warm.RunOptions;
import org.plsim.experiment.warm.WarmResult;
import org.plsim.experiment.warm.WarmRunner;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ScenarioSpec;

/**
 * The effect by year as a chart beside its table, and the comparison of a changed view (B) with the plan as
 * proposed (A): shown only for a changed view, B − A the paired comparison of two runs from the same seed, like
 * with like in a preview, in the export too, and a golden results fragment for a fixed seed.
 */
class ComparePageTest {
    private static final String CHANGE = "components.competency_progression.mastery_threshold=0.85";
    private static final String CHANGED = "/plan?base=tiny-grantee&" + CHANGE + "&seed=5&replicates=3";
    /**
     * SHA-256 of the {@code #results} fragment of {@link #GOLDEN_QUERY}, charts included. Text widths in the SVG
     * come from the JVM's fonts (DejaVu behind SansSerif on this machine kind), as in SvgChartsTest; re-pin
     * deliberately after looking at {@code target/golden-explorer-results.html}.
     */
    private static final String GOLDEN_RESULTS = "1e49df431729f84e521f0ca0467c1ff99161eeb4a4d9504d9cd45e5041367908";
    private static final String GOLDEN_QUERY = "base=tiny-grantee&" + CHANGE + "&seed=42&replicates=3";
    @TempDir
    static Path dir;
    static ExplorerServer server;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        server = ExplorerServer.start(TinyShipped.explorer(dir, new Explorer.Limits(4, 60_000, 200_000, 8, 2)),
                "127.0.0.1", 0);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close(); // and its explorer
        }
    }

    @Test
    void theEffectByYear_isAnInlineSvgWithTextLabels_besideItsTable_andNoStyleTheCspWouldBlock() throws Exception {
        Document d = page("/plan/results?base=tiny-grantee&seed=9&replicates=3");
        Element figure = d.getElementById("chart-by-year");
        Element svg = figure.selectFirst("svg#svg-by-year");
        assertNotNull(svg, "the chart is inline SVG");
        assertEquals("img", svg.attr("role"));
        List<String> texts = svg.select("text").eachText();
        assertTrue(texts.containsAll(List.of("school year", "effect (student-level SD)", "Math", "Reading")),
                texts.toString());
        assertEquals(figure.parent(), d.getElementById("table-by-year").parent(), "the table sits beside the chart");
        assertTrue(figure.parent().hasClass("chart-and-table"));
        assertTrue(d.select("[style]").isEmpty(), "style attributes are blocked by style-src 'self'");
        assertTrue(svg.select("[fill]").size() > 10, "presentation attributes colour the chart");
        assertUniqueIds(d);
    }

    @Test
    void theViewAsProposed_saysSo_andHasNoComparison() throws Exception {
        Document d = page("/plan/results?base=tiny-grantee&seed=9&replicates=3");
        assertEquals(CompareView.NO_CHANGE, d.getElementById("compare-none").text());
        assertNull(d.getElementById("diff-math"));
        assertNull(d.getElementById("chart-compare"));
        assertNull(d.getElementById("export-comparison-csv"), "no comparison.csv link");
        assertEquals(404, get("/export/comparison.csv?base=tiny-grantee&seed=9&replicates=3").statusCode());
    }

    @Test
    void aChangedView_showsAAndBSideBySide_andBMinusA_asTwoWarmRunsFromTheSameSeedGive() throws Exception {
        Document d = page("/plan/results?" + CHANGED.substring("/plan?".length()));
        Explorer explorer = server.explorer();
        PlanState state = explorer.state(PlanStateTest.query(CHANGED.substring("/plan?".length())));
        ScenarioSpec a = explorer.resolve(state.asProposed());
        ScenarioSpec b = explorer.resolve(state);
        PlanComparison direct;
        try (WarmRunner warm = new WarmRunner(ComponentRegistry.discover(), EvidenceRegistry.builtIn(), 1, 4, 4)) {
            WarmResult ra = warm.run(a, RunOptions.DEFAULT);
            WarmResult rb = warm.run(b, RunOptions.DEFAULT);
            direct = PlanComparison.of(ra.effects(), rb.effects());
        }
        assertEquals(3, direct.replicates());
        for (Subject s : Subject.TESTED) {
            String l = s.label();
            ComparedEffect e = direct.find(new EffectKey(2, Outcome.ALL_GRADES, s, Subgroup.ALL, Measure.ACHIEVEMENT))
                    .orElseThrow();
            assertEquals(Html.sd(e.difference().mean()), d.getElementById("diff-" + l).text(), l);
            assertEquals(ResultsView.interval(e.difference(), "%+.3f"), d.getElementById("diff-ci-" + l).text(), l);
            assertTrue(d.getElementById("compare-a-" + l).text().startsWith(Html.sd(e.a().mean())), l);
            assertTrue(d.getElementById("compare-b-" + l).text().startsWith(Html.sd(e.b().mean())), l);
            String narrowing = d.getElementById("narrowing-" + l).text();
            assertTrue(Double.isFinite(e.narrowing()) && e.narrowing() > 1, "pairing narrows: " + e.narrowing());
            assertTrue(narrowing.contains(Html.fmt("the paired interval is %.1f× narrower", e.narrowing())), narrowing);
        }
        assertNotNull(d.getElementById("compare-a-cost"));
        Element chart = d.getElementById("chart-compare");
        assertNotNull(chart.selectFirst("svg#svg-compare"));
        assertTrue(chart.select("text").eachText().contains("difference B − A (student-level SD)"));
        assertEquals(chart.parent(), d.getElementById("table-compare").parent());
        assertEquals(2 * 2, d.select("#table-compare tbody tr").size(), "two years, two subjects");
        assertTrue(d.select("[style]").isEmpty());
        assertUniqueIds(d);
    }

    @Test
    void aPreview_comparesWithAPreviewOfThePlanAsProposed() throws Exception {
        Document d = page("/plan?base=tiny-grantee&" + CHANGE + "&seed=6&replicates=4");
        assertTrue(d.getElementById("results").hasClass("preview"));
        assertTrue(d.getElementById("compare").text().contains("Both ran the same 2 simulated futures from seed 6"),
                d.getElementById("compare").text());
        Document full = page(d.getElementById("results").attr("hx-get"));
        assertFalse(full.getElementById("results").hasClass("preview"));
        assertTrue(full.getElementById("compare").text().contains("Both ran the same 4 simulated futures from seed 6"));
        assertNotNull(full.getElementById("export-comparison-csv"));
    }

    @Test
    void theExport_holdsTheChartAndTheComparison_withoutScript_andComparisonCsvDownloads() throws Exception {
        String q = CHANGED.substring("/plan".length());
        Document d = Jsoup.parse(get("/export/view.html" + q).body());
        assertTrue(d.select("script").isEmpty());
        for (String id : List.of("svg-by-year", "table-by-year", "compare", "diff-math", "diff-ci-reading",
                "narrowing-math", "svg-compare", "table-compare")) {
            assertNotNull(d.getElementById(id), id);
        }
        assertEquals(page("/plan/results" + q).getElementById("diff-math").text(), d.getElementById("diff-math").text());
        assertTrue(d.select("[style]").isEmpty());
        HttpResponse<String> csv = get("/export/comparison.csv" + q);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("a_scenario_id,b_scenario_id,"), csv.body().lines().findFirst().orElse(""));
    }

    /** The results fragment of a changed view, seed 42, byte for byte (model, numbers, charts and markup). */
    @Test
    void theResultsFragment_hasTheGoldenBytes() throws Exception {
        Explorer explorer = server.explorer();
        PlanState state = explorer.state(PlanStateTest.query(GOLDEN_QUERY));
        PlanPair pair = explorer.pair(explorer.proposed(state), explorer.resolve(state), false);
        String html = ResultsView.render(pair, pair.b().warningsByControl(explorer.base(state.base()).controls()),
                new EvidencePanel(explorer.evidence()), null);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(html.getBytes(StandardCharsets.UTF_8)));
        if (!sha.equals(GOLDEN_RESULTS)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/golden-explorer-results.html"), html);
        }
        assertEquals(GOLDEN_RESULTS, sha, "see target/golden-explorer-results.html");
    }

    private static void assertUniqueIds(Document d) {
        Set<String> seen = new HashSet<>();
        for (Element e : d.select("[id]")) {
            assertTrue(seen.add(e.id()), "id used twice: " + e.id());
        }
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
