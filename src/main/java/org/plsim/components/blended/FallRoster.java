package org.plsim.components.blended;

import org.plsim.components.common.Reach;
import org.plsim.components.common.TeacherAdoption;
import org.plsim.model.component.SchoolView;
import org.plsim.model.observe.Subject;

/**
 * One school's users for the year, fixed each fall after teachers' adoption decisions: each student's
 * teacher strength (0 for a student who will not use the software: grade not served, not reached, no device
 * or connection, or a teacher who has not adopted) and level-match weights per subject. The level taught is
 * the class's mean achievement in the fall; a class keeps its users and levels all year, so the weekly step
 * needs no pass over the class (students change school only in the summer).
 */
final class FallRoster {
    /** Per student: the teacher's proficiency with the software if the student is a user, else 0. */
    final double[] strength;
    /** Per subject (0 = math, 1 = reading), per student: normalized match weight (0 for non-users). */
    final double[][] weight;

    private FallRoster(double[] strength, double[][] weight) {
        this.strength = strength;
        this.weight = weight;
    }

    static FallRoster build(SchoolView school, BlendedPlan plan, Reach reach, DeviceAccess access,
                            TeacherAdoption adoption, AdaptiveSoftware software) {
        double[] strength = new double[school.size()];
        for (int i = 0; i < strength.length; i++) {
            if (plan.implementation().rollout().servesGrade(school.grade(i)) && reach.reached(school, i)
                    && access.connected(school, i)) {
                strength[i] = adoption.strength(school, school.teacherOf(i));
            }
        }
        double[][] weight = new double[Subject.TESTED.length][];
        for (int k = 0; k < weight.length; k++) {
            weight[k] = AdaptiveWeek.matchWeights(school, Subject.TESTED[k], strength, software);
        }
        return new FallRoster(strength, weight);
    }
}
