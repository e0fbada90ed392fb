package org.plsim.components.blended;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.testing.PairedHarness;
import org.plsim.testing.TestEvidence;

/**
 * Teachers acting on the software's reports add learning for their users in proportion to what the software
 * knows of each student; with no teachers acting, or an effect of 0, nothing changes.
 */
class ReportUseTest {
    private static double[] effects(double acting, double effect) {
        Map<String, Object> plan = BlendedRuns.with(BlendedRuns.fullImplementation(), "teachers_acting_on_reports",
                acting);
        return PairedHarness.run(BlendedRuns.scenario(BlendedRuns.pilot(20), 1, 3, plan),
                TestEvidence.central(Map.of("blended_learning.report_use_effect", effect)))
                .effects(1, Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    @Test
    void teachersActingOnReports_raiseTheEffect_moreWhenMoreOfThemAct() {
        double none = mean(effects(0, 0.06));
        double half = mean(effects(0.5, 0.06));
        double all = mean(effects(1, 0.06));
        System.out.printf("blended math, pilot year 1: reports used by none %.4f, half %.4f, all %.4f%n", none, half,
                all);
        assertTrue(none < half && half < all, none + " < " + half + " < " + all);
        assertTrue(all - none < 0.06, "at most the effect a year at full diagnostic data: " + (all - none));
    }

    @Test
    void withNoEffectOfActing_orNoTeacherActing_theResultsAreUnchanged() {
        double[] off = effects(0, 0.06);
        assertArrayEquals(off, effects(1, 0.0), 0.0);
        assertArrayEquals(off, effects(0, 0.18), 0.0);
    }
}
