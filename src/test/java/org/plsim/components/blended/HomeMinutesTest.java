package org.plsim.components.blended;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.testing.Districts;
import org.plsim.testing.PairedHarness;
import org.plsim.testing.TestEvidence;

/**
 * Software minutes assigned as homework: they replace no lesson, and only blended_learning.home_completion of
 * them get done (central 0.6), so 90 minutes of which 60 at home act as 30 + 0.6 × 60 = 66 minutes in class.
 */
class HomeMinutesTest {
    private static Map<String, Object> math(int minutes, int atHome) {
        Map<String, Object> s = BlendedRuns.with(BlendedRuns.fullImplementation(), "adaptive_minutes_per_week",
                Map.of("math", minutes, "reading", 0));
        return BlendedRuns.with(s, "home_minutes_per_week", Map.of("math", atHome));
    }

    private static double[] effects(Map<String, Object> plan, Map<String, Double> evidence) {
        return PairedHarness.run(BlendedRuns.scenario(BlendedRuns.pilot(20), 1, 4, plan),
                TestEvidence.central(evidence)).effects(1, Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL);
    }

    private static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElseThrow();
    }

    @Test
    void homeMinutes_gainLessThanTheSameMinutesInClass_andMoreThanTheClassMinutesAlone() {
        double inClass = mean(effects(math(90, 0), Map.of()));
        double partlyAtHome = mean(effects(math(90, 60), Map.of()));
        double classPartOnly = mean(effects(math(30, 0), Map.of()));
        System.out.printf("blended math, pilot year 1: 90 in class %.4f, 90 with 60 at home %.4f, 30 in class %.4f%n",
                inClass, partlyAtHome, classPartOnly);
        assertTrue(classPartOnly < partlyAtHome && partlyAtHome < inClass,
                classPartOnly + " < " + partlyAtHome + " < " + inClass);
    }

    @Test
    void homeMinutesAllDone_actAsClassMinutes_exactly() {
        double[] inClass = effects(math(90, 0), Map.of());
        double[] atHomeAllDone = effects(math(90, 60), Map.of("blended_learning.home_completion", 1.0));
        assertArrayEquals(inClass, atHomeAllDone, 0.0);
    }

    @Test
    void theMinutesDone_areClassMinutesPlusTheHomeMinutesCompleted() {
        BlendedPlan plan = BlendedPlan.read(new ComponentSpec("blended_learning", math(90, 60)), Districts.small(1),
                TestEvidence.central(Map.of("blended_learning.home_completion", 0.6)));
        assertEquals(30 + 0.6 * 60, plan.doneMinutes(Subject.MATH), 1e-12);
        BlendedPlan none = BlendedPlan.read(new ComponentSpec("blended_learning", Map.of()), Districts.small(1),
                TestEvidence.central());
        assertEquals(none.minutes(Subject.MATH), none.doneMinutes(Subject.MATH), 0.0);
    }

    @Test
    void homeMinutesBeyondTheMinutesThatReplaceNoLesson_areRejected_namingTheKey() {
        Map<String, Object> plan = BlendedRuns.with(math(90, 60), "replaced_minutes_per_week", Map.of("math", 45));
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> BlendedPlan.read(
                new ComponentSpec("blended_learning", plan), Districts.small(1), TestEvidence.central()));
        assertTrue(e.getMessage().contains("home_minutes_per_week.math")
                && e.getMessage().contains("replaces no lesson"), e.getMessage());
    }
}
