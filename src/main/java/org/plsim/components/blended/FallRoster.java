package org.plsim.components.blended;

import java.util.Arrays;
import org.plsim.components.common.Reach;
import org.plsim.components.common.TeacherAdoption;
import org.plsim.model.component.SchoolView;
import org.plsim.model.observe.Subject;

/**
 * One school's users for the year, fixed each fall after teachers' adoption decisions: each student's
 * teacher strength (0 for a student who will not use the software: grade not served, not reached, no device
 * or connection, or a teacher who has not adopted), level-match weights per subject, and — when the plan counts
 * teachers' experience — the share of each minute's effect the teacher passes on (less in the teacher's first
 * year with the software). The level taught is
 * the class's mean achievement in the fall; a class keeps its users and levels all year, so the weekly step
 * needs no pass over the class (students change school only in the summer), and visits only the
 * {@link #users}.
 */
final class FallRoster {
    /** Per student: the teacher's proficiency with the software if the student is a user, else 0. */
    final double[] strength;
    /** The users (strength above 0), in index order. */
    final int[] users;
    /** The year's weekly rule for this school, with the users' match weights. */
    final AdaptiveWeek week;

    private FallRoster(double[] strength, int[] users, AdaptiveWeek week) {
        this.strength = strength;
        this.users = users;
        this.week = week;
    }

    static FallRoster build(SchoolView school, BlendedPlan plan, Reach reach, DeviceAccess access,
                            TeacherAdoption adoption, AdaptiveSoftware software, double quality, int weeksPerYear) {
        double[] strength = new double[school.size()];
        double[] skill = plan.teacherExperience() ? new double[strength.length] : null;
        int[] users = new int[strength.length];
        int m = 0;
        for (int i = 0; i < strength.length; i++) {
            if (plan.implementation().rollout().servesGrade(school.grade(i)) && reach.reached(school, i)
                    && access.connected(school, i)) {
                strength[i] = adoption.strength(school, school.teacherOf(i));
                if (skill != null) {
                    skill[i] = adoption.yearsUsed(school, school.teacherOf(i)) > 0 ? 1.0
                            : software.firstYearEffectiveness();
                }
                if (strength[i] > 0) {
                    users[m++] = i;
                }
            }
        }
        double[][] weight = new double[Subject.TESTED.length][];
        for (int k = 0; k < weight.length; k++) {
            weight[k] = AdaptiveWeek.matchWeights(school, Subject.TESTED[k], strength, software);
        }
        return new FallRoster(strength, Arrays.copyOf(users, m),
                new AdaptiveWeek(plan, software, weight, skill, quality, weeksPerYear));
    }
}
