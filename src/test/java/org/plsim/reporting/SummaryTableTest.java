package org.plsim.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.analysis.EffectSummaries;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.io.csv.SummaryCsv;
import org.plsim.model.observe.Measure;
import org.plsim.scenario.ComponentSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.TableAssertions;
import tech.tablesaw.api.Table;

/** A run's summary as a table is its summary.csv, and its headline view holds the rows reports lead with. */
class SummaryTableTest {
    @TempDir
    static Path tmp;
    static RunReport report;

    /** A small district, 2 years, 3 replicates, with a component that helps and one that costs money. */
    @BeforeAll
    static void run() throws IOException {
        report = RunReport.of(new ScenarioRunner(ComponentRegistry.discover(), 2).run(Districts.scenario(
                Districts.k12(2, 40), 2, 3, List.of(new ComponentSpec("extra_practice", Map.of("sd_per_week", 0.004)),
                        new ComponentSpec("costed", Map.of()))), ProgressListener.NONE));
        report.writeTo(tmp, new Provenance("test.yaml", List.of("run", "test.yaml"),
                Instant.parse("2024-01-02T03:04:05Z"), tmp, 2));
    }

    @Test
    void of_isSummaryCsv_rowForRow() throws IOException {
        Table table = SummaryTable.of(report);

        assertEquals(SummaryCsv.COLUMNS.subList(1, SummaryCsv.COLUMNS.size()), table.columnNames());
        assertEquals("test", table.name());
        TableAssertions.assertSameRows(tmp.resolve(SummaryCsv.FILE), table);
    }

    @Test
    void headline_isAchievementOfAllStudentsByYearAndSubject_withCosts() {
        Table t = SummaryTable.headline(report, Measure.ACHIEVEMENT);

        assertEquals(EffectSummaries.headline(report.summaries(), Measure.ACHIEVEMENT).size(), t.rowCount());
        assertEquals(List.of("year", "subject", "n_replicates", "treatment_mean", "bau_mean", "effect_mean", "effect_sd",
                "effect_ci_low", "effect_ci_high", "percentile_gain", "kraft_band", "cost_per_student_to_date",
                "cost_per_student_per_0.1sd"), t.columnNames());
        assertEquals(List.of(0, 0, 1, 1, 2, 2), t.intColumn("year").asList());
        assertEquals(List.of("math", "reading", "math", "reading", "math", "reading"), t.stringColumn("subject").asList());
        assertTrue(t.doubleColumn("effect_mean").getDouble(4) > 0, "the test component helps");
        assertTrue(t.doubleColumn("cost_per_student_to_date").getDouble(4) > 0, "and costs money");
        assertTrue(Double.isNaN(t.doubleColumn("cost_per_student_to_date").getDouble(0)), "nothing spent at baseline");
        String printed = t.printAll();
        assertTrue(printed.contains("achievement, whole district (all students), all grades") && printed.contains("+0.000"), printed);
    }
}
