package org.plsim.bench.conventional;

import java.util.List;

/**
 * The absence log-odds intercept that makes the district's mean daily absence chance one minus its
 * attendance rate, solved by Newton's method over the first students, as the model's {@code District} does.
 */
final class AbsenceIntercept {
    private AbsenceIntercept() {
    }

    static double solve(ReferenceRule rule, List<Campus> campuses) {
        double target = 1.0 - rule.district.attendanceRate();
        double mu = Math.log(target / (1 - target));
        for (int it = 0; it < 50; it++) {
            double sum = 0;
            double slope = 0;
            long count = 0;
            for (Campus c : campuses) {
                for (Student s : c.students) {
                    double p = 1.0 / (1.0 + Math.exp(-(mu + s.absenceLogitOffset(rule))));
                    sum += p;
                    slope += p * (1 - p);
                    count++;
                }
            }
            if (count == 0 || slope == 0) {
                return mu;
            }
            double step = (sum / count - target) / (slope / count);
            mu -= step;
            if (Math.abs(step) < 1e-10) {
                break;
            }
        }
        return mu;
    }
}
