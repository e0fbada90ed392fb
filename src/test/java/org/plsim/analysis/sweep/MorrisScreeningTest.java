package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MorrisScreeningTest {
    private static final double T = 1.0 / 3;

    /**
     * Two trajectories over three factors on the levels 0, 1/3, 2/3, 1, each step moving one factor by ±2/3.
     * Points 0–3: (0,0,0) → x1 (2/3,0,0) → x2 (2/3,2/3,0) → x3 (2/3,2/3,2/3).
     * Points 4–7: (1/3,1,1) → x2 (1/3,1/3,1) → x3 (1/3,1/3,1/3) → x1 (1,1/3,1/3).
     */
    private static final double[][] LEVELS = {{0, 0, 0}, {2 * T, 0, 0}, {2 * T, 2 * T, 0}, {2 * T, 2 * T, 2 * T},
        {T, 1, 1}, {T, T, 1}, {T, T, T}, {1, T, T}};
    private static final List<List<Integer>> TRAJECTORIES = List.of(List.of(0, 1, 2, 3), List.of(4, 5, 6, 7));

    private static Map<String, MorrisIndex> screen(double[][] levels, Function<double[], Double> f, int replicates) {
        Design d = Runs.numeric(Design.MORRIS, List.of("x1", "x2", "x3"), levels, TRAJECTORIES);
        // each replicate adds its own constant, as common random numbers would
        SweepRuns runs = Runs.effects(levels.length, replicates, List.of(Runs.math(1)),
                (p, r, k) -> f.apply(levels[p]) + 0.3 * r);
        return MorrisScreening.of(d, runs).stream().collect(Collectors.toMap(MorrisIndex::factor, m -> m));
    }

    @Test
    void linearFunction_givesMuStarEqualToEachCoefficientsSize_andNoSpread() {
        Map<String, MorrisIndex> m = screen(LEVELS, x -> 2 * x[0] - 0.5 * x[1] + 0 * x[2], 3);

        assertEquals(2.0, m.get("x1").muStar(), 1e-9);
        assertEquals(2.0, m.get("x1").mu().mean(), 1e-9);
        assertEquals(0.5, m.get("x2").muStar(), 1e-9);
        assertEquals(-0.5, m.get("x2").mu().mean(), 1e-9);
        assertEquals(0.0, m.get("x3").muStar(), 1e-9);
        assertEquals(0.0, m.get("x1").sigma(), 1e-9);
        assertEquals(2, m.get("x1").steps());
        assertEquals(3, m.get("x1").mu().n());
        assertEquals(List.of(1, 2, 3), List.of(m.get("x1").rank(), m.get("x2").rank(), m.get("x3").rank()));
    }

    @Test
    void anInteraction_showsAsSpread_andOppositeSignsShowAsMuStarAboveMu() {
        // y = x1·x2: x1's steps are taken at x2 = 0 (EE 0) and x2 = 1/3 (EE 1/3)
        Map<String, MorrisIndex> m = screen(LEVELS, x -> x[0] * x[1], 2);

        assertEquals(T / 2, m.get("x1").muStar(), 1e-9);
        assertEquals(Math.sqrt(2) * T / 2, m.get("x1").sigma(), 1e-9); // sd of {0, 1/3}
        // x2's steps: x2 0 → 2/3 at x1 = 2/3 (EE +2/3), 1 → 1/3 at x1 = 1/3 (ΔY = −2/9 over Δ = −2/3: EE +1/3)
        assertEquals(0.5, m.get("x2").muStar(), 1e-9);
        assertTrue(m.get("x2").sigma() > 0);
    }

    @Test
    void elementaryEffects_arePerFullRangeOfTheFactor() {
        // x1 spans 10 … 40 in natural units; y = 0.01 per unit: over the full range 30 units, 0.3
        double[][] natural = new double[LEVELS.length][];
        for (int p = 0; p < LEVELS.length; p++) {
            natural[p] = new double[] {10 + 30 * LEVELS[p][0], LEVELS[p][1], LEVELS[p][2]};
        }
        Map<String, MorrisIndex> m = screen(natural, x -> 0.01 * x[0], 2);

        assertEquals(0.3, m.get("x1").muStar(), 1e-9);
        assertEquals(10, m.get("x1").factorMin(), 1e-12);
        assertEquals(40, m.get("x1").factorMax(), 1e-12);
    }

    @Test
    void aStepThatMovesTwoFactors_isNotAnElementaryEffect() {
        double[][] levels = {{0, 0, 0}, {1, 1, 0}, {1, 1, 1}};
        Design d = new Design("m", Design.MORRIS, List.of("x1", "x2", "x3"), List.of("a", "b", "c"),
                List.of(List.of("0", "0", "0"), List.of("1", "1", "0"), List.of("1", "1", "1")), levels,
                List.of(List.of(0, 1, 2)));

        assertEquals(1, MorrisScreening.steps(d).size());
        assertEquals(2, MorrisScreening.steps(d).get(0).factor());
    }
}
