package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.csv.CohortCsv;
import org.plsim.testing.TinyCohort;

/**
 * A cohort sweep of three tiny districts (one year, two replicates) from the command line: run whole, and as
 * two shards merged — the same bytes — then read back: cohort.csv's columns, intervals and cost per 0.1 SD,
 * the report's Cohort section; and a bad scenario file inside stops the sweep with exit 2 before anything is
 * written.
 */
class CohortSweepEndToEndTest {
    @TempDir
    static Path tmp;
    static Path sweep;
    static Path whole;

    @BeforeAll
    static void runWhole() {
        sweep = TinyCohort.write(tmp);
        whole = tmp.resolve("whole");
        assertEquals(0, Main.execute("sweep", sweep.toString(), "--out", whole.toString(), "--threads", "2", "--quiet"));
    }

    @Test
    void twoShardsMerged_areByteIdenticalToTheWholeSweep() throws IOException {
        Path sharded = tmp.resolve("sharded");
        for (String shard : List.of("1/2", "0/2")) {
            assertEquals(0, Main.execute("sweep", sweep.toString(), "--out", sharded.toString(), "--shard", shard,
                    "--threads", "1", "--quiet"));
        }
        assertEquals(0, Main.execute("merge", sharded.toString()));
        for (String f : List.of("runs.csv", "design.csv", "summary.csv", "equity.csv", CohortCsv.FILE)) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(sharded.resolve(f)), f);
        }
    }

    @Test
    void cohortCsv_hasOneRowPerGranteeMeasureSubjectSubgroup_eachWithAnInterval() throws IOException {
        List<CSVRecord> rows = read(whole.resolve(CohortCsv.FILE));
        assertEquals(String.join(",", CohortCsv.COLUMNS), Files.readAllLines(whole.resolve(CohortCsv.FILE)).get(0));
        assertEquals(3 * 2 * 2 * 5, rows.size(), "3 grantees × 2 measures × 2 subjects × 5 subgroups");
        assertEquals(List.of("alpha", "beta", "gamma"), rows.stream().map(r -> r.get("label")).distinct().toList());
        assertEquals(Set.of("achievement", "aligned_mastery"), column(rows, "measure"));
        assertEquals(Set.of("all", "low_income", "not_low_income", "prior_q1", "prior_q4"), column(rows, "subgroup"));
        for (CSVRecord r : rows) {
            assertEquals("1", r.get("year"));
            assertEquals("2", r.get("n_replicates"));
            double low = Double.parseDouble(r.get("effect_ci_low"));
            double high = Double.parseDouble(r.get("effect_ci_high"));
            assertTrue(low <= Double.parseDouble(r.get("effect_mean")) && high > low, "a 95% CI: " + r);
            assertEquals(r.get("subgroup").equals("all"), !r.get("dollars_per_student_to_date").isEmpty(), r::toString);
            if (!r.get("dollars_per_student_per_0.1sd").isEmpty()) {
                assertTrue(r.get("subgroup").equals("all") && low > 0, "a ratio only where the effect is clearly > 0");
            }
        }
        CSVRecord gamma = rows.stream().filter(r -> r.get("label").equals("gamma")).findFirst().orElseThrow();
        assertEquals("Gamma", gamma.get("district"));
        assertEquals("180", gamma.get("students"));
        assertEquals("60000.000000", gamma.get("budget_dollars"));
        assertEquals("1.000000", gamma.get("planned_coverage"));
        assertTrue(Double.parseDouble(gamma.get("funded_coverage")) < 1, "the award scales gamma's plan down");
        assertTrue(Double.parseDouble(gamma.get("dollars_per_student_per_year")) * 180 <= 60_000, "within the award");
    }

    @Test
    void costPerTenthSd_isEachReplicatesCostOverItsEffectInTenths_averaged() throws IOException {
        CSVRecord row = read(whole.resolve(CohortCsv.FILE)).stream().filter(r -> r.get("label").equals("alpha")
                && r.get("measure").equals("achievement") && r.get("subject").equals("math")
                && r.get("subgroup").equals("all")).findFirst().orElseThrow();
        List<CSVRecord> runs = read(whole.resolve("runs.csv"));
        double sum = 0;
        for (int rep = 0; rep < 2; rep++) {
            double cost = value(runs, rep, "cost_per_student", "all");
            double effect = value(runs, rep, "achievement", "math");
            sum += cost / (effect / 0.1);
        }
        assertFalse(row.get("dollars_per_student_per_0.1sd").isEmpty(), "alpha's math effect is clearly above 0");
        assertEquals(sum / 2, Double.parseDouble(row.get("dollars_per_student_per_0.1sd")), 1e-3);
        assertTrue(!row.get("dollars_per_student_per_0.1sd_ci_low").isEmpty());
    }

    @Test
    void theReport_hasACohortSection_withEveryGranteeAndBothCharts() throws IOException {
        String report = Files.readString(whole.resolve("report.html"));
        int cohort = report.indexOf("<h2>Cohort</h2>");
        assertTrue(cohort > 0, "a Cohort section");
        String section = report.substring(cohort, report.indexOf("<h2>", cohort + 5));
        for (String label : List.of("<td>alpha</td>", "<td>beta</td>", "<td>gamma</td>", "cohort_effects.png",
                "cohort_cost.png", "data:image/png;base64,")) {
            assertTrue(section.contains(label), label);
        }
        assertTrue(Files.size(whole.resolve("cohort_effects.svg")) > 0);
        assertFalse(Files.exists(whole.resolve("factor_effects.csv")), "a scenarios design has no factors");
    }

    @Test
    void aCohortFolder_rerunsByteIdenticallyFromItsManifestAlone() {
        java.io.StringWriter said = new java.io.StringWriter();
        picocli.CommandLine cli = Main.commandLine();
        cli.setOut(new java.io.PrintWriter(said, true));
        cli.setErr(new java.io.PrintWriter(said, true));
        assertEquals(0, cli.execute("rerun", whole.resolve("manifest.json").toString(), "--out",
                tmp.resolve("rerun").toString(), "--no-progress"), said.toString());
        assertTrue(said.toString().contains("byte-identical:") && !said.toString().contains("NOT identical"),
                said.toString());
    }

    @Test
    void aBadScenarioFileInside_exitsWithTwo_andWritesNothing() throws IOException {
        Path bad = tmp.resolve("bad");
        Path file = TinyCohort.write(bad);
        Path beta = bad.resolve("scenarios/beta.yaml");
        Files.writeString(beta, Files.readString(beta).replace("low_income_share: 0.6", "low_income_share: 1.6"));
        assertEquals(2, Main.execute("sweep", file.toString(), "--out", bad.resolve("out").toString(), "--quiet"));
        assertFalse(Files.exists(bad.resolve("out")));
    }

    private static double value(List<CSVRecord> runs, int replicate, String measure, String subject) {
        return runs.stream().filter(r -> r.get("point").equals("0") && r.get("replicate").equals(replicate + "")
                        && r.get("year").equals("1") && r.get("grade").equals("all") && r.get("subgroup").equals("all")
                        && r.get("measure").equals(measure) && r.get("subject").equals(subject))
                .mapToDouble(r -> Double.parseDouble(r.get("effect"))).findFirst().orElseThrow();
    }

    private static Set<String> column(List<CSVRecord> rows, String name) {
        return rows.stream().map(r -> r.get(name)).collect(Collectors.toSet());
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }
}
