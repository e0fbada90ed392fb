package org.plsim.model.agent;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A school's classroom teachers: each has a permanent value-added in math and reading (correlated) and
 * years of experience. Posts turn over each fall; a school that needs more classrooms hires.
 */
final class Staff {
    private final BusinessAsUsualRule rule;
    private final SplittableRandom rng;
    int size;
    float[][] permanent = {new float[0], new float[0]};
    int[] experience = new int[0];
    /** Years the post's teacher has been at this school: 0 in the teacher's first year here. */
    int[] tenure = new int[0];
    /** Grade the post teaches this school year, or −1 for a post with no class this year. */
    int[] gradeTaught = new int[0];

    Staff(BusinessAsUsualRule rule, SplittableRandom rng) {
        this.rule = rule;
        this.rng = rng;
    }

    /** Fall turnover: each post is vacated with the attrition rate and refilled; stayers gain a year. */
    void turnOver() {
        for (int t = 0; t < size; t++) {
            if (rng.nextDouble() < rule.bau.teacherAttrition()) {
                hire(t, false);
            } else {
                tenure[t]++;
                if (experience[t] < BusinessAsUsualRule.MAX_EXPERIENCE) {
                    experience[t]++;
                }
            }
        }
    }

    /** Hires until there are at least {@code posts} teachers. */
    void ensure(int posts, boolean opening) {
        while (size < posts) {
            if (size == experience.length) {
                int cap = Math.max(8, size * 2);
                experience = Arrays.copyOf(experience, cap);
                tenure = Arrays.copyOf(tenure, cap);
                gradeTaught = Arrays.copyOf(gradeTaught, cap);
                permanent[0] = Arrays.copyOf(permanent[0], cap);
                permanent[1] = Arrays.copyOf(permanent[1], cap);
            }
            hire(size++, opening);
        }
    }

    /** Each teacher's effect on a year's growth, [subject][teacher], net of the national mean. */
    double[][] effects() {
        double[][] e = new double[2][size];
        for (int s = 0; s < 2; s++) {
            for (int t = 0; t < size; t++) {
                e[s][t] = rule.teacherEffect(s, permanent[s][t], experience[t]);
            }
        }
        return e;
    }

    /**
     * Fills post {@code t}: a permanent value-added draw and an experience — from the national workforce
     * when the school first opens, a first-year teacher with the novice-hire share afterwards.
     */
    private void hire(int t, boolean opening) {
        double z1 = rng.nextGaussian();
        double z2 = rng.nextGaussian();
        double rho = BusinessAsUsualRule.TEACHER_VA_CORRELATION;
        permanent[0][t] = (float) (rule.vaSd[0] * z1);
        permanent[1][t] = (float) (rule.vaSd[1] * (rho * z1 + Math.sqrt(1 - rho * rho) * z2));
        double u = rng.nextDouble();
        boolean novice = !opening && u < BusinessAsUsualRule.NOVICE_HIRE_SHARE;
        experience[t] = novice ? 0 : rule.drawExperience(rng.nextDouble());
        tenure[t] = 0;
    }
}
