package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.csv.SobolCsv;

/**
 * A tiny Sobol sweep on the model, end to end: a blended-only plan on one small school, three evidence
 * parameters over their ranges, N = 6 base samples (6 × 5 = 30 points, 1 replicate). The partnerships
 * parameter is one the plan never reads, so its total index is 0; the blended-learning math effect moves the
 * math effect. Threads and shards change no table.
 */
class SobolSweepEndToEndTest {
    static final String PARTNERS = "evidence.partnerships.tutoring_effect_per_hour";
    static final String MATH = "evidence.blended_learning.math_effect";

    @TempDir
    static Path tmp;
    static Path sweep;
    static Path whole;

    @BeforeAll
    static void runWhole() throws IOException {
        Files.writeString(tmp.resolve("base.yaml"), """
                title: one small blended school
                years: 1
                replicates: 1
                district:
                  name: Tiny
                  schools:
                    - {name: elementary, count: 1, grades: 3-5, students_per_grade: 40}
                components:
                  blended_learning:
                    rollout: {grades: 3-5}
                """);
        sweep = Files.writeString(tmp.resolve("sobol-tiny.yaml"), """
                title: Sobol, tiny
                base: base.yaml
                replicates: 1
                set:
                  uncertainty: none
                design: {type: sobol, samples: 6}
                factors:
                  evidence.blended_learning.math_effect: {range: [0.05, 0.25]}
                  evidence.implementation.scale_attenuation: {range: [0.33, 0.67]}
                  evidence.partnerships.tutoring_effect_per_hour: {range: [0.002, 0.007]}
                outputs:
                  measures: [achievement, cost_per_student]
                  subgroups: [all]
                """);
        whole = tmp.resolve("whole");
        assertEquals(0, Main.execute("sweep", sweep.toString(), "--out", whole.toString(), "--threads", "2",
                "--quiet"));
    }

    @Test
    void aParameterThePlanDoesNotRead_hasTotalIndexZero_theMathEffectDoesNot() throws IOException {
        List<CSVRecord> rows = read(whole.resolve(SobolCsv.FILE));
        assertEquals(String.join(",", SobolCsv.COLUMNS), Files.readAllLines(whole.resolve(SobolCsv.FILE)).get(0));
        CSVRecord partners = row(rows, PARTNERS);
        CSVRecord math = row(rows, MATH);
        assertEquals(0, Double.parseDouble(partners.get("st")), 1e-9, partners.toString());
        assertEquals(0, Double.parseDouble(partners.get("st_ci_high")), 1e-9, partners.toString());
        assertEquals("3", partners.get("rank"));
        assertTrue(Double.parseDouble(math.get("st")) > 0.2, math.toString());
        assertEquals("6", math.get("n_samples"));
        assertEquals("30", math.get("n_runs"), "30 points × 1 replicate");
        assertTrue(rows.stream().anyMatch(r -> r.get("factor").equals(MATH) && r.get("subject").equals("math")
                && r.get("output").equals("cost_per_0.1_sd")), "cost per 0.1 SD beside the effect: the sweep kept costs");
        String report = Files.readString(whole.resolve("report.html"));
        assertTrue(report.contains("Sobol indices") && Files.size(whole.resolve("sobol_math.svg")) > 0);
    }

    @Test
    void twoShardsOnOneThread_areByteIdenticalToTheWholeSweepOnTwo() throws IOException {
        Path sharded = tmp.resolve("sharded");
        for (String shard : List.of("1/2", "0/2")) {
            assertEquals(0, Main.execute("sweep", sweep.toString(), "--out", sharded.toString(), "--shard", shard,
                    "--threads", "1", "--quiet"));
        }
        assertEquals(0, Main.execute("merge", sharded.toString()));
        for (String f : List.of("runs.csv", "design.csv", SobolCsv.FILE)) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(sharded.resolve(f)), f);
        }
    }

    @Test
    void theShippedQuickSweep_ranksAllEightParameters_onMathAndReading() throws IOException {
        Path out = tmp.resolve("quick");
        assertEquals(0, Main.execute("sweep", "scenarios/sweeps/sobol-evidence-quick.yaml", "--out", out.toString(),
                "--quiet"));
        List<CSVRecord> rows = read(out.resolve(SobolCsv.FILE)).stream().filter(r -> r.get("subgroup").equals("all")
                && r.get("measure").equals("achievement") && r.get("output").equals("effect")).toList();
        for (String subject : List.of("math", "reading")) {
            List<String> ranks = rows.stream().filter(r -> r.get("subject").equals(subject)).map(r -> r.get("rank"))
                    .sorted().toList();
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), ranks, subject);
        }
        assertTrue(rows.stream().allMatch(r -> r.get("n_runs").equals("40")));
    }

    private static CSVRecord row(List<CSVRecord> rows, String factor) {
        return rows.stream().filter(r -> r.get("factor").equals(factor) && r.get("year").equals("1")
                && r.get("subject").equals("math") && r.get("measure").equals("achievement")
                && r.get("output").equals("effect")).findFirst().orElseThrow(() -> new AssertionError(factor));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }
}
