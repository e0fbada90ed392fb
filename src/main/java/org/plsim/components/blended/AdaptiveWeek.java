package org.plsim.components.blended;

import org.plsim.model.component.SchoolView;
import org.plsim.model.observe.Subject;

/**
 * One week of software use in one school, given each student's share of the planned minutes and level-match
 * weights: learning and aligned mastery through the levers, and the diagnostic signal. Students with a share
 * of 0 are not touched at all. Touches only {@code school}, so it is safe from {@code onWeek} on any thread.
 */
final class AdaptiveWeek {
    private AdaptiveWeek() {
    }

    /**
     * @param use     per student, the share of the planned minutes used this week (0: not a user)
     * @param weight  per subject (0 = math, 1 = reading), per student: normalized match weights
     *                ({@link #matchWeights})
     * @param quality per-minute strength after scale attenuation
     */
    static void apply(SchoolView school, double[] use, double[][] weight, BlendedPlan plan,
                      AdaptiveSoftware software, double quality, int weeksPerYear) {
        double[] totalMinutes = new double[school.size()];
        for (int k = 0; k < Subject.TESTED.length; k++) {
            Subject subject = Subject.TESTED[k];
            double planned = plan.minutes(subject);
            if (planned <= 0) {
                continue;
            }
            double[] w = weight[k];
            for (int i = 0; i < use.length; i++) {
                if (use[i] > 0) {
                    double minutes = planned * use[i];
                    double learning = software.weeklyLearning(subject, minutes, weeksPerYear, quality, w[i]);
                    school.addLearning(subject, i, learning);
                    school.addMastery(subject, i, software.alignedExtra() * learning);
                    totalMinutes[i] += minutes;
                }
            }
        }
        for (int i = 0; i < use.length; i++) {
            if (totalMinutes[i] > 0) {
                school.setDiagnosticData(i, software.diagnosticAfter(school.diagnosticData(i), totalMinutes[i]));
            }
        }
    }

    /**
     * Normalized level-match weights of the users ({@code use > 0}): the level taught is the mean achievement of the whole
     * class (users or not); each user's raw weight grows with the distance from it, and is divided by the
     * mean raw weight of the class's users, so a class's users average 1. Non-users get 0.
     */
    static double[] matchWeights(SchoolView school, Subject subject, double[] use, AdaptiveSoftware software) {
        int n = use.length;
        int teachers = school.teacherCount();
        double[] level = new double[teachers];
        int[] size = new int[teachers];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            int t = school.teacherOf(i);
            z[i] = school.achievement(subject, i);
            level[t] += z[i];
            size[t]++;
        }
        double[] rawSum = new double[teachers];
        int[] users = new int[teachers];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            if (use[i] > 0) {
                int t = school.teacherOf(i);
                weight[i] = software.matchWeight(z[i] - level[t] / size[t]);
                rawSum[t] += weight[i];
                users[t]++;
            }
        }
        for (int i = 0; i < n; i++) {
            if (use[i] > 0) {
                int t = school.teacherOf(i);
                weight[i] /= rawSum[t] / users[t];
            }
        }
        return weight;
    }
}
