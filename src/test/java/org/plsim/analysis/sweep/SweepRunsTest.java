package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.PairedEffect;

/** Sweep runs held in memory: each paired effect lands in its point's and replicate's cell. */
class SweepRunsTest {
    static final EffectKey MATH = Runs.math(1);
    static final EffectKey MATH_2 = Runs.math(2);

    @Test
    void of_placesEachEffectAtItsPointAndReplicate_andLeavesTheRestNaN() {
        SweepRuns runs = SweepRuns.of(3, Map.of(
                0, List.of(new PairedEffect(0, 11L, MATH, 0.5, 0.25), new PairedEffect(1, 12L, MATH, 0.75, 0.5)),
                2, List.of(new PairedEffect(1, 12L, MATH, 1.0, 0.25), new PairedEffect(1, 12L, MATH_2, 2.0, 1.0))));

        assertEquals(3, runs.points());
        assertEquals(2, runs.replicates());
        assertEquals(List.of(MATH, MATH_2), runs.keys(), "keys in year order");
        SweepRuns.Cells math = runs.cells(MATH).orElseThrow();
        assertEquals(0.25, math.effect()[0][0]);
        assertEquals(0.25, math.effect()[0][1]);
        assertEquals(0.75, math.effect()[2][1]);
        assertEquals(0.5, math.treatment()[0][0]);
        assertEquals(0.25, math.bau()[2][1]);
        assertTrue(Double.isNaN(math.effect()[1][0]) && Double.isNaN(math.effect()[2][0]), "no runs there");
        assertEquals(List.of(1), runs.cells(MATH_2).orElseThrow().commonReplicates(new int[] {2}));
    }

    @Test
    void of_refusesAPointOutsideTheDesign() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SweepRuns.of(2, Map.of(2, List.of(new PairedEffect(0, 1L, MATH, 1, 0)))));
        assertEquals("point: found 2, allowed: 0…1", e.getMessage());
    }
}
