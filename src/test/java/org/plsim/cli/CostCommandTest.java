package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.csv.CostPreviewCsv;
import picocli.CommandLine;

/** {@code plsim cost}: a plan's costs and reach without a run, the same figures a run writes to costs.csv. */
class CostCommandTest {
    /** A 780-student district under three components and a budget far below what they cost as written. */
    static final String OVER_BUDGET = """
            title: cost preview test
            years: 2
            replicates: 1
            uncertainty: none
            district:
              name: Test
              schools:
                - {name: elementary, count: 2, grades: K-5, students_per_grade: 30}
                - {name: middle, count: 1, grades: 6-8, students_per_grade: 60}
                - {name: high, count: 1, grades: 9-12, students_per_grade: 60}
            components:
              blended_learning:
                rollout: {grades: K-8}
              learning_plans: {}
              partnerships: {}
            budget:
              total_dollars: 600000
              grant_years: 2
              if_over: %s
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int plsim(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path scenario(String ifOver) throws IOException {
        Path file = tmp.resolve("plan-" + ifOver + ".yaml");
        Files.writeString(file, OVER_BUDGET.formatted(ifOver));
        return file;
    }

    @Test
    void theFigures_areThoseARunWritesToCostsCsv() throws IOException {
        Path file = scenario("scale");
        Path preview = tmp.resolve("preview.csv");
        assertEquals(0, plsim("cost", file.toString(), "--csv", preview.toString()), err.toString());
        assertEquals(0, plsim("run", file.toString(), "--out", tmp.resolve("run").toString(), "--quiet",
                "--no-progress"), err.toString());
        Map<String, double[]> ran = new TreeMap<>();
        for (CSVRecord r : read(tmp.resolve("run/costs.csv"))) {
            double[] sum = ran.computeIfAbsent(r.get("component") + " year " + r.get("year"), k -> new double[2]);
            sum[0] += Double.parseDouble(r.get("dollars"));
            sum[1] += Double.parseDouble(r.get("dollars_per_student"));
        }
        Map<String, double[]> previewed = new TreeMap<>();
        List<CSVRecord> rows = read(preview);
        assertEquals(CostPreviewCsv.COLUMNS, rows.get(0).getParser().getHeaderNames());
        for (CSVRecord r : rows) {
            double dollars = Double.parseDouble(r.get("dollars"));
            if (dollars > 0) {
                previewed.put(r.get("component") + " year " + r.get("year"),
                        new double[]{dollars, Double.parseDouble(r.get("dollars_per_student"))});
            }
        }
        assertEquals(ran.keySet(), previewed.keySet());
        ran.forEach((key, sum) -> {
            assertEquals(sum[0], previewed.get(key)[0], 1e-4, key + " dollars");
            assertEquals(sum[1], previewed.get(key)[1], 1e-4, key + " dollars per student");
        });
        assertTrue(out.toString().contains("Coverage is scaled down to fit"), out.toString());
    }

    @Test
    void aScaledPlan_namesChangesThatReachMoreStudents() throws IOException {
        assertEquals(0, plsim("cost", scenario("scale").toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains("To reach more students within this budget"), text);
        assertTrue(text.matches("(?s).*\\n  1\\. .*\\n     frees \\$[0-9,]+ over school years 1-2 and reaches "
                + "[0-9,]+ more students \\(.*"), text);
        assertTrue(text.contains("Students reached"), text);
    }

    @Test
    void aRefusedPlan_showsItsCostsAndWhyARunWouldStop() throws IOException {
        assertEquals(0, plsim("cost", scenario("refuse").toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains("plsim run would refuse it: budget.total_dollars: found a plan costing"), text);
        assertTrue(text.contains("Dollars by school year"), text);
        assertFalse(text.contains("To reach more students"), text);
    }

    @Test
    void aPlanWithinBudget_fitsAndOffersNoChanges() throws IOException {
        Path file = tmp.resolve("rich.yaml");
        Files.writeString(file, OVER_BUDGET.formatted("scale").replace("600000", "90000000"));
        assertEquals(0, plsim("cost", file.toString()), err.toString());
        assertTrue(out.toString().contains("It fits: plsim run runs it as written."), out.toString());
        assertFalse(out.toString().contains("To reach more students"), out.toString());
    }

    @Test
    void badInput_isNamedWithFileLineAndField_andLeavesAnEarlierCsvAlone() throws IOException {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, OVER_BUDGET.formatted("scale").replace("{grades: K-8}", "{grades: K-8, coverage: 2}"));
        Path csv = tmp.resolve("kept.csv");
        Files.writeString(csv, "earlier\n");
        assertEquals(2, plsim("cost", file.toString(), "--csv", csv.toString()));
        assertTrue(err.toString().startsWith(file + ":13: components.blended_learning.rollout.coverage: found 2"),
                err.toString());
        assertEquals("earlier\n", Files.readString(csv));
        assertEquals("", out.toString());
    }

    @Test
    void aCsvPathThatCannotBeAFile_isBadInput() throws IOException {
        assertEquals(2, plsim("cost", scenario("scale").toString(), "--csv", tmp.toString()));
        assertTrue(err.toString().startsWith("--csv: found " + tmp + ", allowed: a file in an existing folder"),
                err.toString());
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }
}
