package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.analysis.EffectKey;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

class ScenarioDiscoveryTest {
    private static final EffectKey COST1 = Runs.key(1, Subject.ALL, Subgroup.ALL, Measure.COST);
    private static final EffectKey COST2 = Runs.key(2, Subject.ALL, Subgroup.ALL, Measure.COST);

    /** Four points on one factor (dosage 1 … 4), two replicates: year-2 math effect 0.05 × dosage, $100 × dosage a year. */
    private static SweepRuns runs() {
        return Runs.effects(4, 2, List.of(Runs.math(2), COST1, COST2),
                (p, r, k) -> k.measure() == Measure.COST ? 100.0 * (p + 1) : 0.05 * (p + 1) + 0.001 * r);
    }

    private static Design design() {
        return Runs.numeric("factorial", List.of("dosage"), new double[][] {{1}, {2}, {3}, {4}}, List.of());
    }

    @Test
    void eachRunIsACase_andTheCostCeilingIsPerStudentPerYear() {
        // effect ≥ 0.10 SD: dosage 2, 3, 4 (6 runs of 8); at most $300 a year: dosage 2 and 3 (4 runs)
        ScenarioDiscovery.Found found = ScenarioDiscovery.of(design(), runs(),
                ScenarioRule.parse("effect.year2.math >= 0.10", 300), 0.25, 0.1);

        assertEquals(8, found.runs());
        assertEquals(4, found.successes());
        PeelingStep box = found.trajectory().chosenBox();
        assertEquals(1.0, box.density(), 1e-12);
        assertEquals(2, box.lower()[0], 1e-12);
        assertEquals(3, box.upper()[0], 1e-12);
    }

    @Test
    void anOutcomeTheSweepDidNotKeep_orACeilingWithoutCosts_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioDiscovery.of(
                design(), runs(), ScenarioRule.parse("effect.year3.math >= 0.1", Double.NaN), 0.05, 0.05));
        assertTrue(e.getMessage().contains("year 3"), e.getMessage());
        SweepRuns noCosts = Runs.effects(4, 1, List.of(Runs.math(2)), (p, r, k) -> 0.1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScenarioDiscovery.of(design(), noCosts,
                ScenarioRule.parse("effect.year2.math >= 0.1", 500), 0.05, 0.05)).getMessage()
                .startsWith("cost ceiling: the sweep kept no costs"));
    }
}
