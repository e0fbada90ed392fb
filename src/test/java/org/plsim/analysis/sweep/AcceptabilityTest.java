package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

class AcceptabilityTest {
    // Plan A costs $100 a year and gains 0.10, 0.20, 0.05 SD in three draws ($100, $50, $200 per 0.1 SD);
    // plan B costs $300 and gains 0.30, 0.20, 0.40 SD ($100, $150, $75 per 0.1 SD).
    private static final double[][] COST = {{100, 100, 100}, {300, 300, 300}};
    private static final double[][] EFFECT = {{0.10, 0.20, 0.05}, {0.30, 0.20, 0.40}};

    @Test
    void twoPlansThreeDraws_asWorkedByHand() {
        List<AcceptabilityRow> rows = Acceptability.of(COST, EFFECT, new double[] {60, 120});
        assertEquals(6, rows.size(), "two thresholds × (business as usual + two plans)");

        // λ = $60: net benefit 600 × effect − cost. A: −40, 20, −70 (mean −30); B: −120, −180, −60 (mean −120).
        // A within $60 per 0.1 SD in 1 of 3 draws, B in none; best: BAU, A, BAU; frontier: business as usual.
        AcceptabilityRow bau60 = rows.get(0);
        AcceptabilityRow a60 = rows.get(1);
        AcceptabilityRow b60 = rows.get(2);
        assertTrue(bau60.onFrontier());
        assertEquals(2.0 / 3, bau60.probabilityBest(), 1e-12);
        assertEquals(1.0 / 3, a60.probabilityBelowWtp(), 1e-12);
        assertEquals(1.0 / 3, a60.probabilityBest(), 1e-12);
        assertEquals(-30, a60.expectedNetBenefit(), 1e-9);
        assertEquals(0, b60.probabilityBelowWtp(), 1e-12);
        assertEquals(-120, b60.expectedNetBenefit(), 1e-9);
        assertFalse(a60.onFrontier() || b60.onFrontier());

        // λ = $120: A: 20, 140, −40 (mean 40); B: 60, −60, 180 (mean 60). Each within $120 in 2 of 3 draws;
        // best: B, A, B; frontier: B (expected 60 > 40 > 0), best in 2 of 3 draws.
        AcceptabilityRow a120 = rows.get(4);
        AcceptabilityRow b120 = rows.get(5);
        assertEquals(2.0 / 3, a120.probabilityBelowWtp(), 1e-12);
        assertEquals(2.0 / 3, b120.probabilityBelowWtp(), 1e-12);
        assertEquals(40, a120.expectedNetBenefit(), 1e-9);
        assertEquals(60, b120.expectedNetBenefit(), 1e-9);
        assertTrue(b120.onFrontier());
        assertFalse(rows.get(3).onFrontier() || a120.onFrontier());
        assertEquals(2.0 / 3, b120.probabilityBest(), 1e-12);
        assertEquals(0, rows.get(3).probabilityBest(), 1e-12);
    }

    @Test
    void thresholds_runFromZeroToARoundNumberAboveTwiceTheLargestMedianRatio() {
        // medians: A $100, B $100 per 0.1 SD → twice is 200 → round maximum $200
        double[] t = Acceptability.thresholds(COST, EFFECT, 4);
        assertEquals(List.of(0.0, 50.0, 100.0, 150.0, 200.0), java.util.Arrays.stream(t).boxed().toList());
        assertEquals(500, Acceptability.round(201), 1e-9);
        assertEquals(1000, Acceptability.thresholds(new double[][] {{1}}, new double[][] {{-0.1}}, 2)[2], 1e-9);
    }

    @Test
    void drawsFromARunsTable_costIsPerYearThroughTheOutcomeYear() {
        // $100 in year 1 and $50 in year 2 → $75 per student per year through year 2
        var cost1 = Runs.key(1, Subject.ALL, Subgroup.ALL, Measure.COST);
        var cost2 = Runs.key(2, Subject.ALL, Subgroup.ALL, Measure.COST);
        SweepRuns runs = Runs.effects(1, 2, List.of(Runs.math(2), cost1, cost2),
                (p, r, k) -> k.equals(cost1) ? 100 : k.equals(cost2) ? 50 : 0.1 + 0.1 * r);
        Acceptability.Draws d = Acceptability.draws(runs, 2, Subject.MATH, Subgroup.ALL);

        assertEquals(75, d.cost()[0][0], 1e-9);
        assertEquals(0.2, d.effect()[0][1], 1e-12);
        assertEquals(List.of(0, 1), d.replicates());
    }
}
