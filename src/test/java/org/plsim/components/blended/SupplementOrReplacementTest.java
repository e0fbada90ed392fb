package org.plsim.components.blended;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.components.blended.BlendedRuns.Estimate;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;

/**
 * Minutes added to regular lessons against minutes that replace them. The reviews find whole-course
 * (comprehensive) programs gaining less than supplemental ones (Cheung &amp; Slavin 2013, math: +0.07 vs
 * +0.18; 2012, reading: +0.04 vs +0.11).
 */
class SupplementOrReplacementTest {
    private static Map<String, Object> math(int minutes, int replaced) {
        Map<String, Object> s = BlendedRuns.with(BlendedRuns.fullImplementation(), "adaptive_minutes_per_week",
                Map.of("math", minutes, "reading", 0));
        return BlendedRuns.with(s, "replaced_minutes_per_week", Map.of("math", replaced));
    }

    private static Estimate pilotMath(Map<String, Object> settings) {
        return BlendedRuns.effect(BlendedRuns.run(BlendedRuns.scenario(BlendedRuns.pilot(38), 1, 6, settings)), 1,
                Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL);
    }

    @Test
    void aReplacementProgram_gainsLessThanTheSameMinutesAsASupplement_andAWholePeriodLessThanASupplement() {
        Estimate supplement250 = pilotMath(math(250, 0));
        Estimate replacement250 = pilotMath(math(250, 250));
        Estimate supplement90 = pilotMath(math(90, 0));
        Estimate replacement90 = pilotMath(math(90, 90));
        System.out.println("blended_learning math, pilot year 1: supplement 250 " + supplement250 + ", replacement 250 "
                + replacement250 + "; supplement 90 " + supplement90 + ", replacement 90 " + replacement90);
        assertTrue(replacement250.mean() + 2 * replacement250.se() < supplement250.mean() - 2 * supplement250.se());
        assertTrue(replacement90.mean() + 2 * replacement90.se() < supplement90.mean() - 2 * supplement90.se());
        assertTrue(replacement250.mean() < supplement90.mean(),
                "a whole-period program below a 90-minute supplement: " + replacement250 + " vs " + supplement90);
        assertTrue(replacement250.mean() > 0, "still above business as usual in a pilot: " + replacement250);
    }

    /** A year of a whole-course program (a 50-minute period daily) against the reviews' comprehensive effects. */
    @Test
    void aWholeCourseYear_atCentralValues_landsNearTheReviewsComprehensiveEffects() {
        AdaptiveSoftware software = AdaptiveSoftware.read(TestEvidence.central(), Software.ADAPTIVE);
        double mathNet = (software.weeklyLearning(Subject.MATH, 250, 36, 1.0, 1.0)
                - software.weeklyRegularLearning(Subject.MATH, 250, 36)) * 36;
        double readingNet = (software.weeklyLearning(Subject.READING, 250, 36, 1.0, 1.0)
                - software.weeklyRegularLearning(Subject.READING, 250, 36)) * 36;
        System.out.printf("whole-course year: math %.3f (review +0.07), reading %.3f (review +0.04)%n", mathNet,
                readingNet);
        assertEquals(0.07, mathNet, 0.02);
        assertEquals(0.04, readingNet, 0.015);
        assertEquals(0.18 * 0.5 * 250 / 90, software.weeklyRegularLearning(Subject.MATH, 250, 36) * 36, 1e-12);
    }

    @Test
    void moreMinutesReplacedThanSpentOnTheSoftware_isRejected_namingTheKey() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> BlendedPlan.read(
                new ComponentSpec("blended_learning", Map.of("adaptive_minutes_per_week", Map.of("math", 90),
                        "replaced_minutes_per_week", Map.of("math", 120))), Districts.small(1), TestEvidence.central()));
        assertTrue(e.getMessage().contains("replaced_minutes_per_week.math")
                && e.getMessage().contains("at most adaptive_minutes_per_week.math"), e.getMessage());
    }
}
