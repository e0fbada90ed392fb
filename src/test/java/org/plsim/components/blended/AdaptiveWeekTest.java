package org.plsim.components.blended;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ComponentSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;

/**
 * One week in a four-student class worked by hand. Math achievement −1, 0, +1, +2; the fourth student has
 * no device (share 0). The level taught is the class mean, 0.5; the users' distances 1.5, 0.5, 0.5 give raw
 * weights 1 + 0.5·d = 1.75, 1.25, 1.25, mean 4.25/3, so weights 1.235294, 0.882353, 0.882353.
 */
class AdaptiveWeekTest {
    private final AdaptiveSoftware software = AdaptiveSoftware.read(TestEvidence.central(), Software.ADAPTIVE);

    private static BlendedPlan plan(Object math, Object reading) {
        return BlendedPlan.read(new ComponentSpec("blended_learning",
                Map.of("adaptive_minutes_per_week", Map.of("math", math, "reading", reading))),
                Districts.small(1), TestEvidence.central());
    }

    private static BlendedPlan replacing(int minutes, int replaced) {
        return BlendedPlan.read(new ComponentSpec("blended_learning",
                Map.of("adaptive_minutes_per_week", Map.of("math", minutes, "reading", 0),
                        "replaced_minutes_per_week", Map.of("math", replaced))),
                Districts.small(1), TestEvidence.central());
    }

    private double[][] weights(TinySchool school, double[] use) {
        return new double[][] {AdaptiveWeek.matchWeights(school, Subject.MATH, use, software),
                AdaptiveWeek.matchWeights(school, Subject.READING, use, software)};
    }

    @Test
    void matchWeights_favourStudentsFarFromTheClassMean_andAverageOneAmongUsers() {
        TinySchool school = new TinySchool(new double[] {-1, 0, 1, 2}, new int[] {0, 0, 0, 0}, 1);
        double[] w = AdaptiveWeek.matchWeights(school, Subject.MATH, new double[] {1, 1, 1, 0}, software);
        assertArrayEquals(new double[] {1.75 / (4.25 / 3), 1.25 / (4.25 / 3), 1.25 / (4.25 / 3), 0}, w, 1e-12);
        assertEquals(1.235294, w[0], 1e-6);
    }

    @Test
    void aWeekOfNinetyMinutes_addsLearningMasteryAndDiagnosticData_toUsersOnly() {
        TinySchool school = new TinySchool(new double[] {-1, 0, 1, 2}, new int[] {0, 0, 0, 0}, 1);
        double[] use = {1, 1, 1, 0};
        AdaptiveWeek.apply(school, use, weights(school, use), plan(90, 0), software, 1.0, 36);
        double unit = 0.18 / 36; // a week at the reference dosage
        double[] expected = {unit * 1.235294, unit * 0.882353, unit * 0.882353, 0};
        assertArrayEquals(expected, school.learning[0], 1e-8);
        assertArrayEquals(expected, school.mastery[0], 1e-8);     // aligned_extra = 1
        assertArrayEquals(new double[4], school.learning[1], 0.0); // no reading minutes
        double d = 1 - Math.exp(-90.0 / 300);
        assertArrayEquals(new double[] {d, d, d, 0}, school.diagnostic, 1e-12);
    }

    @Test
    void devicesWithoutMinutes_changeNothing() {
        TinySchool school = new TinySchool(new double[] {-1, 0, 1}, new int[] {0, 0, 0}, 1);
        double[] use = {1, 1, 1};
        AdaptiveWeek.apply(school, use, weights(school, use), plan(0, 0), software, 1.0, 36);
        assertArrayEquals(new double[3], school.learning[0], 0.0);
        assertArrayEquals(new double[3], school.mastery[0], 0.0);
        assertArrayEquals(new double[3], school.diagnostic, 0.0);
    }

    @Test
    void halfTheMinutes_giveMoreThanHalfTheLearning() {
        TinySchool school = new TinySchool(new double[] {0, 0}, new int[] {0, 1}, 2);
        double[] use = {1, 0.5};
        AdaptiveWeek.apply(school, use, weights(school, use), plan(90, 0), software, 1.0, 36);
        assertEquals(0.18 / 36, school.learning[0][0], 1e-12);
        assertEquals(0.18 / 36 * 0.574443, school.learning[0][1], 1e-8);
    }

    /** The per-student memory of a week's numbers gives what working them out afresh gives, share by share. */
    @Test
    void rememberedWeeks_equalFreshOnes_whenTheShareStaysOrChanges() {
        double[] shares = {1, 1, 0.8, 0.8, 1, 0.35};
        TinySchool kept = new TinySchool(new double[] {-1, 0, 1}, new int[] {0, 0, 0}, 1);
        TinySchool fresh = new TinySchool(new double[] {-1, 0, 1}, new int[] {0, 0, 0}, 1);
        double[][] w = weights(kept, new double[] {1, 1, 1});
        AdaptiveWeek week = new AdaptiveWeek(plan(90, 60), software, w, null, 0.5, 36);
        for (double share : shares) {
            for (int i = 0; i < 3; i++) {
                week.apply(kept, i, share);
            }
            AdaptiveWeek.apply(fresh, new double[] {share, share, share}, w, plan(90, 60), software, 0.5, 36);
            for (int k = 0; k < 2; k++) {
                assertArrayEquals(fresh.learning[k], kept.learning[k], 0.0);
                assertArrayEquals(fresh.mastery[k], kept.mastery[k], 0.0);
            }
            assertArrayEquals(fresh.diagnostic, kept.diagnostic, 0.0);
        }
    }

    /**
     * Ninety minutes that replace lessons give up what the lessons taught: 0.5 (replaced_instruction_ratio) ×
     * 0.18 SD a year for 90 minutes a week, a week's share; aligned mastery still comes with the software's own
     * learning. Half of them replaced, half of that given up.
     */
    @Test
    void minutesThatReplaceLessons_giveUpTheLessonsLearning_minutesAddedDoNot() {
        double[] use = {1, 1};
        double[][] w = {{1, 1}, {0, 0}};
        TinySchool added = new TinySchool(new double[] {0, 0}, new int[] {0, 0}, 1);
        TinySchool whole = new TinySchool(new double[] {0, 0}, new int[] {0, 0}, 1);
        TinySchool half = new TinySchool(new double[] {0, 0}, new int[] {0, 0}, 1);
        AdaptiveWeek.apply(added, use, w, replacing(90, 0), software, 1.0, 36);
        AdaptiveWeek.apply(whole, use, w, replacing(90, 90), software, 1.0, 36);
        AdaptiveWeek.apply(half, use, w, replacing(90, 45), software, 1.0, 36);
        double unit = 0.18 / 36;
        assertEquals(unit, added.learning[0][0], 1e-12);
        assertEquals(unit - 0.5 * unit, whole.learning[0][0], 1e-12);
        assertEquals(unit - 0.25 * unit, half.learning[0][0], 1e-12);
        assertEquals(added.mastery[0][0], whole.mastery[0][0], 0.0);
        // Scale attenuation thins the software's minutes, not the lessons they replace.
        TinySchool atScale = new TinySchool(new double[] {0, 0}, new int[] {0, 0}, 1);
        AdaptiveWeek.apply(atScale, use, w, replacing(90, 90), software, 0.5, 36);
        assertEquals(0.5 * unit - 0.5 * unit, atScale.learning[0][0], 1e-12);
    }

    /** A first-year implementer's students get first_year_effectiveness (0.25) of each minute's effect. */
    @Test
    void aFirstYearTeachersStudents_getLessFromTheSameMinutes() {
        double[][] w = {{1, 1}, {0, 0}};
        TinySchool school = new TinySchool(new double[] {0, 0}, new int[] {0, 1}, 2);
        double[] skill = {software.firstYearEffectiveness(), 1.0};
        AdaptiveWeek week = new AdaptiveWeek(plan(90, 0), software, w, skill, 1.0, 36);
        week.apply(school, 0, 1.0);
        week.apply(school, 1, 1.0);
        assertEquals(0.25, software.firstYearEffectiveness(), 0.0);
        assertEquals(0.25 * 0.18 / 36, school.learning[0][0], 1e-12);
        assertEquals(0.18 / 36, school.learning[0][1], 1e-12);
    }
}
