package org.plsim.reporting.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.manifest.RunEnvironment;
import org.plsim.testing.ExampleSweeps;
import org.plsim.testing.SelfContainedHtml;
import org.plsim.testing.SyntheticSweep;
import org.plsim.testing.TestSweepPlan;

/** End to end on synthetic sweep folders: which files each design gets, the report, determinism, refusals. */
class SweepAnalysisTest {
    static final RunEnvironment ENV = new RunEnvironment("0.1.0", "3", "0123456789abcdef0123456789abcdef01234567",
            "17.0.9", "Eclipse Adoptium", "Linux", 2);
    static final Instant CREATED = Instant.parse("2026-11-23T16:34:45Z");

    @TempDir
    static Path shared;
    static List<String> mixFiles;

    @TempDir
    Path tmp;

    /** One component-mix sweep (16 mixes, 2 years, 3 replicates, math and reading) analysed for several tests. */
    @BeforeAll
    static void analyseAComponentMix() throws IOException {
        mixFiles = run(shared, ExampleSweeps.both().componentMix(shared, 2, 3));
    }

    static List<String> run(Path folder, TestSweepPlan plan) throws IOException {
        return SweepAnalysis.writeAll(folder, plan, ReportProvenance.of(plan, ENV, CREATED));
    }

    @Test
    void componentMix_writesItsCsvsEveryChartThatAppliesAndTheReport() throws IOException {
        assertEquals(List.of("summary.csv", "effects_by_component.csv", "equity.csv"), mixFiles.subList(0, 3));
        for (String chart : List.of("effect_by_point", "trajectories", "ranking", "cost_effect", "equity")) {
            for (String subject : List.of("math", "reading")) {
                assertTrue(mixFiles.contains(chart + "_" + subject + ".png"), chart);
                assertTrue(mixFiles.contains(chart + "_" + subject + ".svg"), chart);
            }
        }
        assertEquals(3 + 2 * 5 * 2 + 1, mixFiles.size(), mixFiles.toString());
        assertEquals("report.html", mixFiles.get(mixFiles.size() - 1));
        for (String f : mixFiles) {
            if (f.endsWith(".png")) {
                assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                        Arrays.copyOf(Files.readAllBytes(shared.resolve(f)), 4), f);
            } else if (f.endsWith(".svg")) {
                assertTrue(Files.readString(shared.resolve(f)).contains("<svg"), f);
            } else {
                assertTrue(Files.size(shared.resolve(f)) > 1000, f);
            }
        }
    }

    @Test
    void report_isSelfContained_andHoldsProvenanceTablesAndCharts() throws IOException {
        String html = Files.readString(shared.resolve("report.html"));

        assertFalse(SelfContainedHtml.hasAddress(html), "no URL of any kind");
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("@import"));
        Matcher src = Pattern.compile("src=\"([^\"]{0,22})").matcher(html);
        int images = 0;
        while (src.find()) {
            assertEquals("data:image/png;base64,", src.group(1), "every image is embedded");
            images++;
        }
        assertEquals(10, images, "five charts for each of math and reading");
        for (String png : mixFiles.stream().filter(f -> f.endsWith(".png")).toList()) {
            assertTrue(Pattern.compile("<figcaption>mix-demo: [^<]*n = 3 replicates[^<]*\\(" + png).matcher(html).find(),
                    "a caption with the chart's title and n: " + png);
        }
        for (String text : List.of("<title>Component mix mix-demo</title>", TestSweepPlan.FINGERPRINT,
                "sweep seed</td><td>42", "3 per point", "0123456789abcdef0123456789abcdef01234567",
                "2026-11-23T16:34:45Z", "Top design points", "Main effects and two-way interactions",
                "Equity: change in achievement gaps", "blended_learning:competency_progression",
                "No design point projects")) {
            assertTrue(html.contains(text), text);
        }
        // the best mix in year 2: math 2 × (0.04 + 0.03 + 0.02 + 0.015 + 0.02) = 0.250 (noise under 0.004)
        assertTrue(html.contains("<td>1</td><td>blended_learning+<wbr>competency_progression+<wbr>learning_plans"
                + "+<wbr>partnerships (point 15)</td><td>0.25"), html.substring(0, 4000));
    }

    @Test
    void report_leadsWithTheAnswerInWordsAndItsChart_andEndsWithProvenance() throws IOException {
        String html = Files.readString(shared.resolve("report.html"));

        List<String> h2 = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("<h2>([^<]*)</h2>").matcher(html);
        while (m.find()) {
            h2.add(m.group(1));
        }
        assertEquals("The answer", h2.get(0), h2.toString());
        assertEquals("Provenance", h2.get(h2.size() - 1), h2.toString());
        String answer = html.substring(html.indexOf("<h2>The answer</h2>"), html.indexOf("<h2>", html.indexOf(
                "<h2>The answer</h2>") + 4)).replaceAll("base64,[^\"]*", "base64,…");
        // the best mix, with its effect and interval (noise under 0.004) and its costs with theirs
        assertTrue(Pattern.compile("<li>blended_learning\\+competency_progression\\+learning_plans\\+partnerships "
                + "\\(point 15\\): \\+0\\.2[45]\\d SD \\(95% CI \\+0\\.2\\d\\d to \\+0\\.2\\d\\d\\), \\+\\d+\\.\\d "
                + "percentile points; \\$[\\d,]+ per student over the first 2 school years, \\$[\\d,]+ per student per 0\\.1 SD "
                + "\\(95% CI \\$[\\d,]+ to \\$[\\d,]+\\)\\.</li>").matcher(answer).find(), answer);
        for (String subject : List.of("math", "reading")) {
            assertTrue(answer.contains("these 3 do most for achievement (" + subject + ") by school year 2"), subject);
            assertTrue(answer.contains("(cost_effect_" + subject + ".png"), "the answer's chart: " + subject);
            assertEquals(1, html.split("\\(cost_effect_" + subject + "\\.png", -1).length - 1, "shown once");
        }
        assertTrue(html.indexOf("<h2>Provenance</h2>") > html.indexOf("Equity: change in achievement gaps"));
    }

    @Test
    void report_keepsEveryTableInABoxWithinThePage() throws IOException {
        String html = Files.readString(shared.resolve("report.html"));

        int tables = html.split("<table>", -1).length - 1;
        assertTrue(tables >= 4, "top points, components, equity, provenance: " + tables);
        assertEquals(tables, html.split("<div class=\"table\"><table>", -1).length - 1, "every table in its box");
        assertTrue(html.contains(".table{overflow-x:auto;max-width:100%"), "the box scrolls, the page does not");
    }

    @Test
    void factorial_getsTheHeatmapAndFactorEffects_morrisGetsItsScatterAndCsv() throws IOException {
        Path grid = Files.createDirectory(tmp.resolve("grid"));
        Path morris = Files.createDirectory(tmp.resolve("morris"));

        List<String> gridFiles = run(grid, ExampleSweeps.mathOnly().factorial(grid, 1, 2));
        List<String> morrisFiles = run(morris, ExampleSweeps.mathOnly().morris(morris, 1, 2));

        assertTrue(gridFiles.containsAll(List.of("factor_effects.csv", "heatmap_math.png", "heatmap_math.svg",
                "ranking_math.png")), gridFiles.toString());
        assertFalse(gridFiles.stream().anyMatch(f -> f.startsWith("morris") || f.contains("reading")));
        assertTrue(morrisFiles.containsAll(List.of("morris.csv", "morris_math.png", "morris_math.svg")));
        assertFalse(morrisFiles.stream().anyMatch(f -> f.startsWith("heatmap") || f.startsWith("ranking")));
    }

    @Test
    void sameInputs_giveByteIdenticalOutputs() throws IOException {
        Path again = Files.createDirectory(tmp.resolve("again"));
        Files.copy(shared.resolve("runs.csv"), again.resolve("runs.csv"));
        Files.copy(shared.resolve("design.csv"), again.resolve("design.csv"));

        List<String> files = run(again, TestSweepPlan.componentMix("mix-demo", ExampleSweeps.COMPONENTS, 3));

        assertEquals(mixFiles, files);
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(shared.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }

    @Test
    void aPointGainingMoreThanTheEvidenceSupports_isFlaggedInTheReport() throws IOException {
        TestSweepPlan plan = TestSweepPlan.componentMix("bold", List.of("a"), 2);
        SyntheticSweep.of("bold", 2, 2).keys(SyntheticSweep.achievement(1, org.plsim.model.observe.Subject.MATH))
                .effect((p, r, k) -> p == 1 && k.year() == 1 ? 0.5 + 0.01 * r : 0)
                .writeRuns(tmp.resolve("runs.csv"));
        SyntheticSweep.writeDesign(tmp.resolve("design.csv"), "bold", plan.factors(), plan.points());

        run(tmp, plan);

        String html = Files.readString(tmp.resolve("report.html"));
        assertTrue(html.contains("point 1 (a): math, all students, year 1: +0.505 SD"), html);
        assertTrue(html.contains("beyond what the evidence supports"));
    }

    @Test
    void aFolderOfAnotherSweep_isRefusedBeforeAnythingIsWritten() throws IOException {
        Files.copy(shared.resolve("runs.csv"), tmp.resolve("runs.csv"));
        Files.copy(shared.resolve("design.csv"), tmp.resolve("design.csv"));
        TestSweepPlan other = TestSweepPlan.componentMix("other", ExampleSweeps.COMPONENTS, 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(tmp, other));

        assertTrue(e.getMessage().contains("design.csv:2: sweep_id, point, label: found mix-demo, 0, none, allowed:"
                + " other, 0, none"), e.getMessage());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of("design.csv", "runs.csv"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
