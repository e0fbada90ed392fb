package org.plsim.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.SelfContainedHtml;

/** A run's {@code report.html} and {@code effects.svg}: what a reader meets first, and that it is the CSVs'. */
class RunPageTest {
    @TempDir
    static Path shared;
    /** About 500 students, 2 years, 3 replicates, with extra math practice: a real, positive effect. */
    static Path practice;

    @TempDir
    Path tmp;

    static ScenarioSpec scenario(double sdPerWeek) {
        return Districts.scenario(Districts.k12(2, 20), 2, 3,
                List.of(new ComponentSpec("extra_practice", Map.of("sd_per_week", sdPerWeek))));
    }

    static Path write(ScenarioSpec spec, Path folder, Instant created) throws IOException {
        RunReport report = RunReport.of(new ScenarioRunner(ComponentRegistry.discover(), 2)
                .run(spec, ProgressListener.NONE));
        Files.createDirectories(folder);
        report.writeTo(folder, new Provenance("test.yaml", List.of("run", "test.yaml"), created, folder, 2));
        return folder;
    }

    @BeforeAll
    static void aRunWithAnEffect() throws IOException {
        practice = write(scenario(0.004), shared.resolve("practice"), Instant.parse("2024-01-02T03:04:05Z"));
    }

    /** The all-students, all-grades achievement row of {@code summary.csv} for a year and subject. */
    private static CSVRecord summaryRow(Path folder, int year, String subject) throws IOException {
        try (Reader in = Files.newBufferedReader(folder.resolve("summary.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                if (r.get("year").equals(Integer.toString(year)) && r.get("grade").equals("all")
                        && r.get("subject").equals(subject) && r.get("subgroup").equals("all")
                        && r.get("measure").equals("achievement")) {
                    return r;
                }
            }
        }
        throw new AssertionError("no year-" + year + " " + subject + " achievement row in summary.csv");
    }

    /** As the page writes numbers: three decimals with a sign, none for 0. */
    private static String signed(String csvValue) {
        return EffectWords.signed(Double.parseDouble(csvValue));
    }

    private static List<String> headings(String html) {
        List<String> h2 = new ArrayList<>();
        Matcher m = Pattern.compile("<h2>([^<]*)</h2>").matcher(html);
        while (m.find()) {
            h2.add(m.group(1));
        }
        return h2;
    }

    @Test
    void theReport_namesEachSubjectsFinalYearEffect_andItsInterval_asSummaryCsvHasThem() throws IOException {
        String html = Files.readString(practice.resolve("report.html"));

        for (String subject : List.of("math", "reading")) {
            CSVRecord row = summaryRow(practice, 2, subject);
            String effect = signed(row.get("effect_mean")) + " SD (95% CI " + signed(row.get("effect_ci_low"))
                    + " to " + signed(row.get("effect_ci_high")) + ")";
            String percentile = String.format(Locale.ROOT, "%+.1f percentile points",
                    Double.parseDouble(row.get("percentile_gain")));
            String answer = html.substring(html.indexOf("<div class=\"answer\">"), html.indexOf("</div>"));
            assertTrue(answer.contains(effect), subject + ": " + effect + " in\n" + answer);
            assertTrue(answer.contains(percentile), subject + ": " + percentile + " in\n" + answer);
        }
        assertTrue(Double.parseDouble(summaryRow(practice, 2, "math").get("effect_ci_low")) > 0,
                "the practice raises math clearly, so the page must not say it cannot be told from 0");
        assertFalse(html.substring(0, html.indexOf("Reading, whole district")).contains("cannot tell it from no effect"));
    }

    @Test
    void theReport_leadsWithTheAnswer_thenTheEffectChart_andEndsWithProvenance() throws IOException {
        String html = Files.readString(practice.resolve("report.html"));

        List<String> h2 = headings(html);
        assertEquals("The answer", h2.get(0), h2.toString());
        assertEquals("Provenance", h2.get(h2.size() - 1), h2.toString());
        int answer = html.indexOf("<h2>The answer</h2>");
        int effectChart = html.indexOf("<svg role=\"img\"");
        int levelChart = html.indexOf("<img ");
        int table = html.indexOf("<h2>By school year</h2>");
        assertTrue(answer < effectChart && effectChart < levelChart && levelChart < table,
                "answer, effect chart, level chart, table: " + List.of(answer, effectChart, levelChart, table));
        String provenance = html.substring(html.indexOf("<h2>Provenance</h2>"));
        String manifest = Files.readString(practice.resolve("manifest.json"));
        Matcher hash = Pattern.compile("\"scenario_sha256\" : \"([0-9a-f]{64})\"").matcher(manifest);
        assertTrue(hash.find(), manifest.substring(0, 400));
        for (String text : List.of(hash.group(1), "root seed</td><td>42", "model version", "run seeds")) {
            assertTrue(provenance.contains(text), text);
        }
    }

    @Test
    void theReport_isSelfContained_withTheEffectChartInlineAndTheLevelChartEmbedded() throws IOException {
        String html = Files.readString(practice.resolve("report.html"));

        assertFalse(SelfContainedHtml.hasAddress(html), "no address of any kind");
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("@import"));
        Matcher src = Pattern.compile("src=\"([^\"]{0,22})").matcher(html);
        assertTrue(src.find());
        assertEquals("data:image/png;base64,", src.group(1));
        assertFalse(src.find(), "one image, the level chart");
        String svg = Files.readString(practice.resolve(EffectChart.SVG));
        assertTrue(svg.startsWith("<svg ") && svg.contains(">effect (student-level SD)</text>")
                && svg.contains(">school year</text>"), "units on the axes: " + svg.substring(0, 300));
        assertTrue(html.contains(svg.substring(svg.indexOf("<title"), svg.indexOf("</desc>"))),
                "the page holds effects.svg's chart");
        assertTrue(html.contains("<div class=\"table\"><table>"), "tables in a box that keeps them in the page");
    }

    @Test
    void theReport_holdsNoClockNoPathAndNoMachine_soTheSameRunGivesTheSamePage() throws IOException {
        Path again = write(scenario(0.004), tmp.resolve("again"), Instant.parse("2031-05-06T07:08:09Z"));

        for (String f : List.of("report.html", EffectChart.SVG)) {
            assertArrayEquals(Files.readAllBytes(practice.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }

    @Test
    void aPlanBeyondTheEvidence_isWarnedOfInTheAnswer() throws IOException {
        Path bold = write(scenario(0.02), tmp.resolve("bold"), Instant.parse("2024-01-02T03:04:05Z"));

        String html = Files.readString(bold.resolve("report.html"));
        String answer = html.substring(0, html.indexOf("<figure>"));
        assertTrue(answer.contains("<div class=\"warn\"><p><b>Beyond the evidence.</b>"), answer);
        assertTrue(answer.contains("0.35"), "names the guard-rail's limit: " + answer);
    }

    @Test
    void aBusinessAsUsualRun_saysEveryEffectIsZero() throws IOException {
        Path bau = write(Districts.scenario(Districts.k12(1, 10), 1, 2, List.of()), tmp.resolve("bau"),
                Instant.parse("2024-01-02T03:04:05Z"));

        String html = Files.readString(bau.resolve("report.html"));
        assertTrue(html.contains("No component is switched on: both arms are business as usual"), html);
        assertFalse(html.contains("Cost:"), "no plan, no cost");
    }
}
