package org.plsim.workflow.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.cli.Main;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.input.SweepReader;
import org.plsim.model.observe.Subject;
import org.plsim.reporting.sweep.SweepCharts;
import org.plsim.reporting.sweep.SweepTables;
import org.plsim.testing.TableAssertions;
import tech.tablesaw.api.Table;

/**
 * A sweep run and analysed in memory gives the tables {@code plsim sweep} writes for the same sweep file (to
 * the six decimals of its CSVs), for a fixed count and for adaptive replicates, whatever the thread count; and
 * its tables and charts are those of the folder's analysis.
 */
class InMemorySweepTest {
    @TempDir
    static Path tmp;
    static Path sweepFile;
    static SweepPlan plan;
    static SweepResults results;

    @BeforeAll
    static void runASmallComponentMix() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), """
                title: small district for in-memory sweeps
                years: 1
                replicates: 3
                district:
                  name: Small
                  schools:
                    - {name: elementary, count: 2, grades: K-5, students_per_grade: 30}
                    - {name: middle, count: 1, grades: 6-8, students_per_grade: 60}
                components:
                  blended_learning:
                    rollout: {grades: 3-8}
                  partnerships: {}
                """);
        sweepFile = Files.writeString(tmp.resolve("mix.yaml"), """
                title: two components, small
                base: base.yaml
                replicates: 3
                design:
                  type: component_mix
                  components: [blended_learning, partnerships]
                outputs:
                  measures: [achievement, aligned_mastery, cost_per_student]
                  subgroups: [all, low_income, not_low_income, prior_q1, prior_q4]
                """);
        plan = SweepReader.load(sweepFile);
        results = InMemorySweep.run(plan, 2);
    }

    @Test
    void inMemory_givesTheTablesOfPlsimSweep_toTheirSixDecimals() throws IOException {
        Path folder = tmp.resolve("folder");
        assertEquals(0, Main.execute("sweep", sweepFile.toString(), "--out", folder.toString(), "--quiet"));

        TableAssertions.assertSameRows(folder.resolve("summary.csv"), SweepTables.summary(results));
        TableAssertions.assertSameRows(folder.resolve("effects_by_component.csv"), SweepTables.componentEffects(results));
        TableAssertions.assertSameRows(folder.resolve("equity.csv"), SweepTables.equity(results));
    }

    @Test
    void adaptiveReplicates_runInRoundsAsTheCommandRunsThem() throws Exception {
        Path adaptive = Files.writeString(tmp.resolve("adaptive.yaml"), Files.readString(sweepFile)
                .replace("replicates: 3", "replicates: {adaptive: {target_half_width: 0.000001, min: 2, max: 4, batch: 2}}"));
        SweepResults inMemory = InMemorySweep.run(SweepReader.load(adaptive), 2);
        Path folder = tmp.resolve("adaptive-folder");
        assertEquals(0, Main.execute("sweep", adaptive.toString(), "--out", folder.toString(), "--quiet"));

        // point 0 switches nothing on: its effect is exactly 0, so it meets any target after the first round
        assertEquals(List.of(2, 4, 4, 4), SweepTables.headline(inMemory, Subject.MATH).intColumn("n_replicates").asList());
        TableAssertions.assertSameRows(folder.resolve("summary.csv"), SweepTables.summary(inMemory));
    }

    @Test
    void theThreadCount_changesNothing() {
        SweepResults one = InMemorySweep.run(plan, 1);

        assertSameValues(SweepTables.summary(results), SweepTables.summary(one));
        assertSameValues(SweepTables.componentEffects(results), SweepTables.componentEffects(one));
        assertSameValues(SweepTables.equity(results), SweepTables.equity(one));
    }

    /** Every cell equal, exactly (NaN equals NaN). */
    private static void assertSameValues(Table expected, Table actual) {
        assertEquals(expected.columnNames(), actual.columnNames());
        for (String c : expected.columnNames()) {
            assertEquals(expected.column(c).asList(), actual.column(c).asList(), c);
        }
    }

    @Test
    void narrowTables_holdTheHeadlineTheComponentContrastsAndTheGapsOfOneKey() {
        Table headline = SweepTables.headline(results, Subject.MATH);
        assertEquals(4, headline.rowCount(), "one row per mix");
        assertEquals(List.of("none", "blended_learning", "partnerships", "blended_learning+partnerships"),
                headline.stringColumn("label").asList());
        assertEquals(0.0, headline.doubleColumn("effect_mean").getDouble(0), "no component, no effect");

        EffectKey math = results.headline().orElseThrow().key(Subject.MATH);
        Table contrasts = SweepTables.componentEffects(results, math);
        assertEquals(List.of("blended_learning", "partnerships", "blended_learning:partnerships"),
                contrasts.stringColumn("term").asList());
        assertEquals(List.of("term", "kind", "estimate", "sd", "ci_low", "ci_high", "n"), contrasts.columnNames());

        Table gaps = SweepTables.equity(results, 1, Subject.MATH);
        assertEquals(4 * 2, gaps.rowCount(), "income and prior-achievement gaps at each point");
        assertTrue(gaps.printAll().contains("prior_achievement"), gaps.printAll());
    }

    @Test
    void tablesPrintSignedFixedDecimals_andBlanksForWhatCannotBeEstimated() {
        String printed = SweepTables.headline(results, Subject.MATH).printAll();

        assertTrue(printed.contains("+0.000"), printed);
        assertTrue(!printed.contains("NaN"), "NaN prints as a blank: " + printed);
    }

    @Test
    void charts_areTheFolderCharts_forEachHeadlineSubject() {
        List<String> expected = List.of("effect_by_point", "trajectories", "ranking", "cost_effect", "equity");

        assertEquals(expected, List.copyOf(SweepCharts.of(results, Subject.MATH).keySet()));
        assertEquals(expected, List.copyOf(SweepCharts.of(results, Subject.READING).keySet()));
        assertTrue(SweepCharts.of(results, Subject.ALL).isEmpty(), "achievement has no subject-free headline");
    }
}
