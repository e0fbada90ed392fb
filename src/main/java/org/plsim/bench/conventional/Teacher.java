package org.plsim.bench.conventional;

import ec.util.MersenneTwisterFast;
import org.plsim.model.agent.BusinessAsUsualRule;

/** A classroom teacher: a permanent value-added per subject and years of experience. */
final class Teacher {
    final double[] permanent = new double[2];
    int experience;

    /**
     * Hired into a post: from the national workforce when the school opens, otherwise a first-year teacher
     * with the novice-hire share — the model's {@code School.hire}, drawn from MASON's generator.
     */
    static Teacher hire(BusinessAsUsualRule rule, MersenneTwisterFast random, boolean opening) {
        Teacher t = new Teacher();
        t.replace(rule, random, opening);
        return t;
    }

    void replace(BusinessAsUsualRule rule, MersenneTwisterFast random, boolean opening) {
        double z1 = random.nextGaussian();
        double z2 = random.nextGaussian();
        double rho = BusinessAsUsualRule.TEACHER_VA_CORRELATION;
        permanent[0] = (float) (rule.vaSd(0) * z1);
        permanent[1] = (float) (rule.vaSd(1) * (rho * z1 + Math.sqrt(1 - rho * rho) * z2));
        boolean novice = !opening && random.nextDouble() < BusinessAsUsualRule.NOVICE_HIRE_SHARE;
        experience = novice ? 0 : rule.drawExperience(random.nextDouble());
    }

    /** A year on: the teacher leaves (the post is refilled) with the attrition share, or gains a year. */
    void turnOver(BusinessAsUsualRule rule, MersenneTwisterFast random) {
        if (random.nextDouble() < rule.bau().teacherAttrition()) {
            replace(rule, random, false);
        } else if (experience < BusinessAsUsualRule.MAX_EXPERIENCE) {
            experience++;
        }
    }
}
