package org.plsim.components.blended;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.testing.PairedHarness;

/**
 * A fidelity path that falls (a third-year lapse after a change of principal) lowers the later years' effects
 * and leaves the years before the fall as they were: same students, same draws, same fidelity until then.
 */
class FallingFidelityTest {
    private static PairedHarness.Result run(List<Double> path) {
        Map<String, Object> plan = BlendedRuns.with(BlendedRuns.fullImplementation(), "fidelity",
                Map.of("by_year", path));
        return BlendedRuns.run(BlendedRuns.scenario(BlendedRuns.pilot(20), 3, 3, plan));
    }

    @Test
    void aPathThatFallsInYearThree_lowersYearThreesGain_andLeavesYearsOneAndTwoAlone() {
        PairedHarness.Result held = run(List.of(1.0, 1.0, 1.0));
        PairedHarness.Result lapsed = run(List.of(1.0, 1.0, 0.2));
        for (int year = 1; year <= 2; year++) {
            assertArrayEquals(held.effects(year, Measure.GAIN, Subject.MATH, Subgroup.ALL),
                    lapsed.effects(year, Measure.GAIN, Subject.MATH, Subgroup.ALL), 0.0, "year " + year);
        }
        double heldThree = BlendedRuns.effect(held, 3, Measure.GAIN, Subject.MATH, Subgroup.ALL).mean();
        double lapsedTwo = BlendedRuns.effect(lapsed, 2, Measure.GAIN, Subject.MATH, Subgroup.ALL).mean();
        double lapsedThree = BlendedRuns.effect(lapsed, 3, Measure.GAIN, Subject.MATH, Subgroup.ALL).mean();
        System.out.printf("blended math gain effect, year 3: held %.4f, lapsed %.4f (lapsed year 2 %.4f)%n",
                heldThree, lapsedThree, lapsedTwo);
        assertTrue(heldThree > 0 && lapsedThree < 0.5 * heldThree, heldThree + " vs " + lapsedThree);
        assertTrue(lapsedThree < lapsedTwo, "the lapse lowers the gain below the year before");
    }
}
