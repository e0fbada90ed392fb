package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrimTest {
    // Eight runs on two factors; runs 2, 3, 4, 5 and 7 pass (5 successes).
    private static final double[][] X = {{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 1}, {6, 2}, {7, 3}, {8, 4}};
    private static final boolean[] PASS = {false, false, true, true, true, true, false, true};

    @Test
    void tinyCase_peelsTheEdgeThatLeavesTheDensestBox_asWorkedByHand() {
        // Step 0: 8 runs, 5 pass: coverage 5/5 = 1, density 5/8, support 1.
        // Step 1 (α = 0.25: ⌈0.25 × 8⌉ = 2 runs per peel): x1 low removes x1 ≤ 2 → 5/6 pass; x1 high (x1 ≥ 7)
        //   → 4/6; x2 low (x2 ≤ 1) → 4/6; x2 high (x2 ≥ 4) → 3/6. Keep x1 low: x1 from 3, density 5/6.
        // Step 2 (⌈0.25 × 6⌉ = 2): x1 low (x1 ≤ 4) → 3/4; x1 high (x1 ≥ 7) → 4/4; x2 low (x2 ≤ 2) → 3/4;
        //   x2 high (x2 ≥ 4) → 3/4. Keep x1 high: x1 up to 6, 4 runs, all pass: coverage 4/5, density 1. Stop.
        PeelingTrajectory t = Prim.peel(List.of("x1", "x2"), X, PASS, 0.25, 0.3);

        assertEquals(3, t.steps().size());
        PeelingStep s0 = t.steps().get(0);
        PeelingStep s1 = t.steps().get(1);
        PeelingStep s2 = t.steps().get(2);
        assertEquals(1.0, s0.coverage(), 1e-12);
        assertEquals(5.0 / 8, s0.density(), 1e-12);
        assertEquals("x1", s1.peeledFactor());
        assertEquals("low", s1.peeledSide());
        assertEquals(6, s1.cases());
        assertEquals(5.0 / 6, s1.density(), 1e-12);
        assertEquals(0.75, s1.support(), 1e-12);
        assertEquals("high", s2.peeledSide());
        assertEquals(4.0 / 5, s2.coverage(), 1e-12);
        assertEquals(1.0, s2.density(), 1e-12);
        assertEquals(0.5, s2.support(), 1e-12);
        assertEquals(2, t.chosen());
        assertArrayEquals(new double[] {3, 1}, s2.lower());
        assertArrayEquals(new double[] {6, 4}, s2.upper());
        assertTrue(t.restricts(0));
        assertFalse(t.restricts(1));
    }

    @Test
    void minimumSupport_stopsThePeeling_beforeTheBoxGetsTooSmall() {
        // step 2 would keep 4 of 8 runs, below 0.6 × 8 = 4.8: the trajectory ends at step 1
        PeelingTrajectory t = Prim.peel(List.of("x1", "x2"), X, PASS, 0.25, 0.6);

        assertEquals(2, t.steps().size());
        assertEquals(1, t.chosen());
        assertEquals(5.0 / 6, t.chosenBox().density(), 1e-12);
    }

    @Test
    void plantedBox_isRecovered_withinFiveHundredthsOfEachLimit() {
        // 3,000 runs uniform on [0, 1]³; a run passes iff 0.2 ≤ x0 ≤ 0.6 and x1 ≥ 0.5 (x2 is irrelevant)
        SplittableRandom random = new SplittableRandom(20261207L);
        int n = 3000;
        double[][] x = new double[n][3];
        boolean[] pass = new boolean[n];
        for (int r = 0; r < n; r++) {
            for (int f = 0; f < 3; f++) {
                x[r][f] = random.nextDouble();
            }
            pass[r] = x[r][0] >= 0.2 && x[r][0] <= 0.6 && x[r][1] >= 0.5;
        }
        PeelingTrajectory t = Prim.peel(List.of("x0", "x1", "x2"), x, pass, 0.05, 0.05);
        PeelingStep box = t.chosenBox();

        double tolerance = 0.05;
        assertEquals(0.2, box.lower()[0], tolerance);
        assertEquals(0.6, box.upper()[0], tolerance);
        assertEquals(0.5, box.lower()[1], tolerance);
        assertEquals(1.0, box.upper()[1], tolerance);
        assertEquals(0.0, box.lower()[2], tolerance, "x2 plays no part: left (nearly) whole");
        assertEquals(1.0, box.upper()[2], tolerance);
        assertTrue(box.density() >= 0.95, "density " + box.density());
        assertTrue(box.coverage() >= 0.8, "coverage " + box.coverage());
    }

    @Test
    void noSuccess_leavesTheWholeSpace_andBadSharesAreRefusedByName() {
        PeelingTrajectory t = Prim.peel(List.of("x1", "x2"), X, new boolean[8], 0.25, 0.3);
        assertEquals(1, t.steps().size());
        assertTrue(Double.isNaN(t.chosenBox().coverage()));

        assertTrue(assertThrows(IllegalArgumentException.class, () -> Prim.peel(List.of("x1", "x2"), X, PASS, 1.5, 0))
                .getMessage().startsWith("alpha: found 1.5, allowed: 0 < alpha < 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Prim.peel(List.of("x1", "x2"), X, PASS, 0.1, 1))
                .getMessage().startsWith("minimum support"));
    }
}
