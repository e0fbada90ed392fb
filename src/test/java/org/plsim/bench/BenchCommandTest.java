package org.plsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.cli.Main;

/**
 * Runs {@code plsim bench --quick}: speed is not asserted (machines vary; the targets live in the bench), only
 * that every workload runs and reports sane figures.
 */
class BenchCommandTest {
    private static final Set<String> VERDICTS = Set.of("PASS", "MISS", "n/a");
    private static final List<String> COMPONENTS = List.of("blended_learning", "learning_plans",
            "competency_progression", "partnerships");

    @Test
    void quickBench_reportsEveryWorkload_inTheTableAndOneWellFormedCsvRowPerLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("out/bench.csv");
        String table = runCapturingStdout("bench", "--quick", "--csv", csv.toString());

        for (Workload w : Workload.values()) {
            assertTrue(table.contains("\n" + w.label() + " "), "the workloads table has a " + w.label() + " row:\n"
                    + table);
        }
        assertTrue(table.contains("Targets, business as usual") && table.contains("Targets, workloads"), table);
        for (String goal : List.of("≥ 25 M student-steps/s/core", "plsim run, tiny scenario ≤ 1.0 s",
                "CSV writing ≥ 100 MB/s", "preview p95 ≤ 1 s", "preview p95 ≤ 4 s", "live heap ≤ 130 bytes/student")) {
            assertTrue(table.contains(goal), "target " + goal + " is checked:\n" + table);
        }

        List<CSVRecord> rows = read(csv);
        List<CSVRecord> bau = of(rows, Workload.BAU);
        assertEquals(BenchConfig.QUICK_SIZES.size(), bau.size());
        for (CSVRecord row : bau) {
            for (Column c : Column.THROUGHPUT) {
                assertTrue(Double.parseDouble(row.get(c.name())) > 0, c.name());
            }
            for (Column c : Column.TIME_AND_MEMORY) {
                assertFalse(row.get(c.name()).isEmpty(), c.name());
                Double.parseDouble(row.get(c.name()));
            }
            for (Target t : Target.values()) {
                assertTrue(VERDICTS.contains(row.get(t.column())), t.column());
            }
            assertEquals("n/a", row.get(Target.BOTH_ARMS.column()), "quick sizes are below 350k");
            assertEquals(row.get("model_run_median_msteps_per_s"), row.get("median"));
            assertEquals(Runtime.getRuntime().availableProcessors(), Integer.parseInt(row.get("processors")));
        }

        List<CSVRecord> allFour = of(rows, Workload.ALL_FOUR);
        assertEquals(1, allFour.size(), "quick: the all-four plan on the largest quick size");
        assertEquals(bau.get(1).get("students"), allFour.get(0).get("students"));
        List<CSVRecord> components = of(rows, Workload.COMPONENTS);
        assertEquals(COMPONENTS, components.stream().map(r -> r.get("case")).toList());
        for (CSVRecord row : concat(allFour, components)) {
            assertRate(row);
            assertTrue(positive(row, "vs_bau_x") && positive(row, "treatment_over_bau_arm_x"), row.toString());
            Double.parseDouble(row.get("extra_s_per_replicate"));
        }
        assertTrue(Set.of("PASS", "MISS").contains(allFour.get(0).get("verdict")));

        CSVRecord fixedCost = of(rows, Workload.FIXED_COST).get(0);
        assertLatency(fixedCost);
        assertEquals(Long.toString(FixedCostBench.TINY_STUDENTS), fixedCost.get("students"));
        CSVRecord csvWrite = of(rows, Workload.CSV).get(0);
        assertRate(csvWrite);
        assertEquals("MB/s", csvWrite.get("unit"));

        List<CSVRecord> preview = of(rows, Workload.PREVIEW);
        assertEquals(3, preview.size(), "quick: the two smallest grantees and their pooled row");
        preview.forEach(BenchCommandTest::assertLatency);
        assertTrue(preview.get(1).get("case").endsWith("(largest)"));
        assertTrue(preview.get(2).get("case").startsWith("every grantee"));
        assertEquals(2 * Integer.parseInt(preview.get(0).get("runs")), Integer.parseInt(preview.get(2).get("runs")),
                "the pooled row holds every timed run of the small grantees");

        for (CSVRecord row : rows) {
            assertTrue(row.isConsistent(), "row " + row.getRecordNumber() + " has every column");
            assertTrue(Set.of("PASS", "MISS", "").contains(row.get("verdict")), row.toString());
        }
        try (var files = Files.list(csv.getParent())) {
            assertEquals(List.of(csv), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void workloadsOption_measuresOnlyThoseNamed(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bench.csv");
        assertEquals(0, Main.execute("bench", "--quick", "--workloads", "CSV", "--csv", csv.toString()));
        List<CSVRecord> rows = read(csv);
        assertEquals(List.of("csv"), rows.stream().map(r -> r.get("workload")).toList());
        assertEquals("", rows.get(0).get("model_run_median_msteps_per_s"), "no business-as-usual figures");
    }

    @Test
    void unknownWorkloads_andSizesBelowOneStudentPerGrade_areUsageErrors() {
        assertEquals(2, Main.execute("bench", "--workloads", "bau,tutoring"));
        assertEquals(2, Main.execute("bench", "--sizes", "5"));
    }

    private static void assertRate(CSVRecord row) {
        assertTrue(positive(row, "median") && positive(row, "slowest"), row.toString());
        assertTrue(num(row, "slowest") <= num(row, "median"), "the slowest run has the lowest rate: " + row);
    }

    private static void assertLatency(CSVRecord row) {
        assertEquals("s", row.get("unit"));
        assertTrue(positive(row, "median") && positive(row, "p95"), row.toString());
        assertTrue(num(row, "median") <= num(row, "p95") && num(row, "p95") <= num(row, "slowest"),
                "p50 ≤ p95 ≤ slowest: " + row);
    }

    private static boolean positive(CSVRecord row, String column) {
        return num(row, column) > 0;
    }

    private static double num(CSVRecord row, String column) {
        return Double.parseDouble(row.get(column));
    }

    private static List<CSVRecord> of(List<CSVRecord> rows, Workload w) {
        return rows.stream().filter(r -> r.get("workload").equals(w.label())).toList();
    }

    private static List<CSVRecord> concat(List<CSVRecord> a, List<CSVRecord> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().build().parse(in)) {
            assertEquals(BenchCsv.columns(), parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    private static String runCapturingStdout(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute(args));
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
