package org.plsim.bench.conventional;

import ec.util.MersenneTwisterFast;
import org.plsim.model.agent.Calibration;

/** A classroom teacher: a permanent value-added per subject and years of experience. */
final class Teacher {
    final double[] permanent = new double[2];
    int experience;

    /**
     * Hired into a post: from the national workforce when the school opens, otherwise a first-year teacher
     * with the novice-hire share — the model's {@code School.hire}, drawn from MASON's generator.
     */
    static Teacher hire(Calibration cal, MersenneTwisterFast random, boolean opening) {
        Teacher t = new Teacher();
        t.replace(cal, random, opening);
        return t;
    }

    void replace(Calibration cal, MersenneTwisterFast random, boolean opening) {
        double z1 = random.nextGaussian();
        double z2 = random.nextGaussian();
        double rho = Calibration.TEACHER_VA_CORRELATION;
        permanent[0] = (float) (cal.vaSd(0) * z1);
        permanent[1] = (float) (cal.vaSd(1) * (rho * z1 + Math.sqrt(1 - rho * rho) * z2));
        boolean novice = !opening && random.nextDouble() < Calibration.NOVICE_HIRE_SHARE;
        experience = novice ? 0 : cal.drawExperience(random.nextDouble());
    }

    /** A year on: the teacher leaves (the post is refilled) with the attrition share, or gains a year. */
    void turnOver(Calibration cal, MersenneTwisterFast random) {
        if (random.nextDouble() < cal.bau().teacherAttrition()) {
            replace(cal, random, false);
        } else if (experience < Calibration.MAX_EXPERIENCE) {
            experience++;
        }
    }
}
