package org.plsim.components.blended;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.testing.PairedHarness;
import org.plsim.testing.TestEvidence;

/**
 * Teachers' experience with the software as state. The dosage is held the same in both years: fidelity 1 from
 * the start, and 100 PD hours with coaching, so teachers who adopt do so in the first fall and are fully
 * proficient at once (proficiency gain 1): the minutes a student gets do not grow from year 1 to year 2.
 */
class TeacherExperienceTest {
    private static Map<String, Object> plan(boolean experience) {
        Map<String, Object> s = BlendedRuns.with(BlendedRuns.fullImplementation(), "pd_hours_per_teacher", 100);
        return BlendedRuns.with(s, "teacher_experience", experience);
    }

    private static double[] gains(PairedHarness.Result r) {
        return new double[] {BlendedRuns.effect(r, 1, Measure.GAIN, Subject.MATH, Subgroup.ALL).mean(),
                BlendedRuns.effect(r, 2, Measure.GAIN, Subject.MATH, Subgroup.ALL).mean()};
    }

    @Test
    void withExperienceOn_yearTwoGainsExceedYearOne_atTheSameDosage_andOffTheyStayAlike() {
        double[] on = gains(BlendedRuns.run(BlendedRuns.scenario(BlendedRuns.pilot(38), 2, 6, plan(true))));
        double[] off = gains(BlendedRuns.run(BlendedRuns.scenario(BlendedRuns.pilot(38), 2, 6, plan(false))));
        System.out.printf("blended_learning math gain effect, experience on: %.4f → %.4f; off: %.4f → %.4f%n",
                on[0], on[1], off[0], off[1]);
        assertTrue(on[0] > 0 && on[1] > 2 * on[0], "experienced teachers: " + on[0] + " → " + on[1]);
        assertTrue(off[1] < 1.3 * off[0], "without the state, same dosage, alike: " + off[0] + " → " + off[1]);
        assertTrue(on[0] < 0.5 * off[0], "first-year implementers get less: " + on[0] + " vs " + off[0]);
    }

    @Test
    void experienceOn_withFirstYearsAtFullEffect_changesNothing() {
        PairedHarness.Result off = BlendedRuns.run(BlendedRuns.scenario(BlendedRuns.pilot(20), 2, 2, plan(false)));
        PairedHarness.Result on = PairedHarness.run(BlendedRuns.scenario(BlendedRuns.pilot(20), 2, 2, plan(true)),
                TestEvidence.central(Map.of("blended_learning.first_year_effectiveness", 1.0)));
        for (int year = 1; year <= 2; year++) {
            assertArrayEquals(off.effects(year, Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL),
                    on.effects(year, Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL), 0.0);
        }
    }
}
