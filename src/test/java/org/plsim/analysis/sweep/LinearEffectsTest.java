package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinearEffectsTest {
    @Test
    void factorCoefficients_areTheEffectsAcrossEachFactorsRange() {
        // a 3 × 2 grid: dosage 30, 60, 90 minutes; fidelity 0.5, 0.9. Effect = 0.1 + 0.002/minute − 0.1 × fidelity
        double[][] levels = {{30, 0.5}, {60, 0.5}, {90, 0.5}, {30, 0.9}, {60, 0.9}, {90, 0.9}};
        Design d = Runs.numeric(Design.FACTORIAL, List.of("minutes", "fidelity"), levels, List.of());
        SweepRuns runs = Runs.effects(6, 3, List.of(Runs.math(1)),
                (p, r, k) -> 0.1 + 0.002 * levels[p][0] - 0.1 * levels[p][1] + 0.01 * r);

        List<FactorEffect> fx = LinearEffects.of(d, runs);

        assertEquals(2, fx.size());
        assertEquals("minutes", fx.get(0).factor());
        assertEquals(0.002 * 60, fx.get(0).estimate().mean(), 1e-12);
        assertEquals(0, fx.get(0).estimate().sd(), 1e-12);
        assertEquals(-0.1 * 0.4, fx.get(1).estimate().mean(), 1e-12);
        assertEquals(3, fx.get(1).estimate().n());
    }

    @Test
    void tooFewPointsForTheFactors_estimateNothing() {
        double[][] levels = {{0, 0}, {1, 1}};
        Design d = Runs.numeric(Design.FACTORIAL, List.of("a", "b"), levels, List.of());

        assertTrue(LinearEffects.of(d, Runs.effects(2, 2, List.of(Runs.math(1)), (p, r, k) -> p)).isEmpty());
    }
}
