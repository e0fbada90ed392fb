package org.plsim.reporting.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.cli.Main;
import org.plsim.io.input.SweepReader;
import org.plsim.testing.TinyCohort;
import org.plsim.workflow.sweep.InMemorySweep;
import tech.tablesaw.api.Table;

/** The in-memory cohort holds what plsim sweep's cohort.csv holds, grantee by grantee. */
class CohortViewTest {
    @TempDir
    Path tmp;

    @Test
    void theInMemoryCohort_agreesWithCohortCsv_andDrawsBothCharts() throws Exception {
        Path sweep = TinyCohort.write(tmp);
        assertEquals(0, Main.execute("sweep", sweep.toString(), "--out", tmp.resolve("out").toString(), "--quiet"));
        CohortView view = InMemorySweep.cohort(SweepReader.load(sweep), 2);
        Table t = view.table();
        List<CSVRecord> csv;
        try (Reader r = Files.newBufferedReader(tmp.resolve("out/cohort.csv"))) {
            csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
        assertEquals(3, t.rowCount());
        for (int i = 0; i < t.rowCount(); i++) {
            String label = t.stringColumn("grantee").get(i);
            CSVRecord math = csv.stream().filter(c -> c.get("label").equals(label) && c.get("measure").equals(
                    "achievement") && c.get("subject").equals("math") && c.get("subgroup").equals("all")).findFirst()
                    .orElseThrow();
            assertEquals(Double.parseDouble(math.get("effect_mean")), t.doubleColumn("math_sd").get(i), 2e-6, label);
            // runs.csv rounds each run to 6 decimals (±5e-7); with 2 replicates the CI multiplies that spread by
            // t(1 df) = 12.7 over sqrt(2): up to ~1e-5 apart
            assertEquals(Double.parseDouble(math.get("effect_ci_low")), t.doubleColumn("math_ci_low").get(i), 2e-5);
            assertEquals(Long.parseLong(math.get("students")), (long) t.intColumn("students").getInt(i));
        }
        assertTrue(view.effectsChart().isPresent());
    }

    @Test
    void aSweepThatIsNotACohort_isRefused() throws Exception {
        var plan = SweepReader.load(Path.of("scenarios/sweeps/dosage-fidelity.yaml"));
        assertThrows(IllegalArgumentException.class, () -> InMemorySweep.cohort(plan, 1));
    }
}
