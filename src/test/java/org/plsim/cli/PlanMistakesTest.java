package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 14: plan mistakes that ran silently. Each is now an error (exit 2, nothing written) or a warning at the
 * field's line ({@code file:line: field: warning: found …, allowed: …}); which, and why, is in scenario-format.md.
 */
class PlanMistakesTest {
    /** A one-school district, one replicate, two years: small enough to run in a test. */
    private static final String SMALL = """
            years: 2
            replicates: 1
            district:
              schools:
                - {name: elementary, count: 1, grades: K-5, students_per_grade: 20}
            """;

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int plsim(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path scenario(String name, String more) throws IOException {
        return Files.writeString(tmp.resolve(name), SMALL + more);
    }

    private int run(Path file) {
        return plsim("run", file.toString(), "--results-dir", tmp.resolve("results").toString(), "--no-progress");
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    private void assertRefused(int exit, String line) {
        assertEquals(2, exit, err.toString());
        assertEquals(List.of(line), errLines());
        assertFalse(Files.exists(tmp.resolve("results")), "nothing written");
    }

    /** Before: the component ran from year 4 in a 2-year scenario — every effect 0.000, no word of why. */
    @Test
    void aComponentStartingAfterTheLastYear_isRefused() throws IOException {
        Path file = scenario("late.yaml", """
                components:
                  blended_learning:
                    rollout: {grades: K-5, start_year: 4}
                """);
        assertRefused(run(file), file + ":8: components.blended_learning.rollout.start_year: found 4, after the last "
                + "school year simulated (2), allowed: a school year the scenario runs, 1 to 2 (starting later, the "
                + "component would do nothing and every effect would be 0); or more years");
    }

    @Test
    void aSwitchedOffComponentStartingLate_isNoMistake() throws IOException {
        Path file = scenario("off.yaml", """
                components:
                  blended_learning:
                    enabled: false
                    rollout: {grades: K-5, start_year: 4}
                """);
        assertEquals(0, plsim("validate", file.toString()), err.toString());
    }

    /** Before: peak was silently raised to start, so the plan ran at 0.9 throughout. */
    @Test
    void fidelityStartAbovePeak_isRefused() throws IOException {
        Path file = scenario("fidelity.yaml", """
                components:
                  blended_learning:
                    rollout: {grades: K-5}
                    fidelity: {start: 0.9, peak: 0.6}
                """);
        assertRefused(run(file), file + ":9: components.blended_learning.fidelity.start: found 0.9, above "
                + "fidelity.peak 0.6, allowed: at most peak: a ramp rises from start to peak (swap them, or leave "
                + "peak out to hold start); for fidelity that falls give the years in fidelity.by_year, e.g. "
                + "[0.8, 0.6, 0.7]");
    }

    @Test
    void fidelityStartAboveTheDefaultPeak_holdsStart() throws IOException {
        Path file = scenario("start-only.yaml", """
                components:
                  blended_learning:
                    rollout: {grades: K-5}
                    fidelity: {start: 0.9}
                """);
        assertEquals(0, plsim("validate", file.toString()), err.toString());
    }

    /** Before: without a budget the split was never checked, so shares summing to 1.4 passed. */
    @Test
    void splitSharesSummingAboveOne_areRefused_evenWithoutABudget() throws IOException {
        Path file = scenario("split.yaml", """
                components:
                  blended_learning:
                    rollout: {grades: K-5}
                  learning_plans:
                budget:
                  split: {blended_learning: 0.8, learning_plans: 0.6}
                """);
        assertRefused(run(file), file + ":11: budget.split: found shares summing to 1.400, allowed: shares of the "
                + "total summing to at most 1");
    }

    @Test
    void aValidSplitWithoutABudget_isAWarning_andTheRunGoesAhead() throws IOException {
        Path file = scenario("no-total.yaml", """
                components:
                  blended_learning:
                    rollout: {grades: K-5}
                budget:
                  split: {blended_learning: 1.0}
                """);
        assertEquals(0, plsim("validate", file.toString()), err.toString());
        assertEquals(List.of(file + ":10: budget.split: warning: found a split, but no budget (total_dollars 0), so "
                + "nothing is checked against it; allowed: a split of budget.total_dollars above 0 (or no split)"),
                errLines());
    }

    /**
     * Before: half of a $150,000 budget went to a component switched off, and the refusal read "a plan costing
     * $108,600 … against $150,000" — as though it fitted.
     */
    @Test
    void aSplitNamingASwitchedOffComponent_isAWarning_andTheRefusalSaysWhereTheMoneyWent() throws IOException {
        Path file = scenario("split-off.yaml", """
                components:
                  blended_learning:
                    rollout: {grades: K-5}
                  learning_plans:
                    enabled: false
                budget:
                  total_dollars: 150000
                  split: {blended_learning: 0.5, learning_plans: 0.5}
                """);
        assertEquals(2, run(file));
        List<String> lines = errLines();
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(0).contains("against $150,000, of which $75,000 (budget.split.learning_plans) is for "
                + "learning_plans, which is not switched on, so no component may spend it"), lines.get(0));
        assertEquals(file + ":13: budget.split.learning_plans: warning: found a share of 0.5 for learning_plans, which "
                + "is switched off (enabled: false), so that part of the budget goes unspent and the components "
                + "switched on may spend only the rest; allowed: shares for the components switched on "
                + "(blended_learning)", lines.get(1));
        assertFalse(Files.exists(tmp.resolve("results")));
    }

    @Test
    void aSplitNamingAComponentNotInThePlan_isAWarningOnARunThatGoesAhead() throws IOException {
        Path file = scenario("split-absent.yaml", """
                components:
                  blended_learning:
                    rollout: {grades: K-5}
                budget:
                  total_dollars: 10000000
                  split: {blended_learning: 0.5, partnerships: 0.5}
                """);
        assertEquals(0, run(file), err.toString());
        assertEquals(List.of(file + ":11: budget.split.partnerships: warning: found a share of 0.5 for partnerships, "
                + "which is not in components, so that part of the budget goes unspent and the components switched "
                + "on may spend only the rest; allowed: shares for the components switched on (blended_learning)"),
                errLines());
    }
}
