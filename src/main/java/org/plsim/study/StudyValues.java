package org.plsim.study;

import java.util.List;
import org.plsim.experiment.Arm;
import org.plsim.experiment.ReplicateResult;
import org.plsim.model.observe.Outcome;

/**
 * A study's number in one replicate: the outcome's measure, subject, subgroup and follow-up year, pooled
 * student-weighted over the grades tested; under {@link Comparison#BUSINESS_AS_USUAL} the treatment arm's
 * value minus the business-as-usual arm's, under {@link Comparison#NONE} the business-as-usual arm's own.
 */
public final class StudyValues {
    private StudyValues() {
    }

    public static double of(ReplicateResult replicate, Study study) {
        double bau = pooled(replicate.arm(Arm.BAU), study.outcome());
        return study.comparison() == Comparison.NONE ? bau : pooled(replicate.arm(Arm.TREATMENT), study.outcome()) - bau;
    }

    /**
     * The student-weighted mean of the outcome over its grades; the all-grades value when the model reports
     * the measure for all grades only. NaN when the arm has no such students (reported by the caller).
     */
    static double pooled(List<Outcome> arm, StudyOutcome o) {
        double sum = 0;
        long n = 0;
        Outcome whole = null;
        for (Outcome x : arm) {
            if (x.year() != o.year() || x.measure() != o.measure() || x.subject() != o.subject()
                    || x.group() != o.subgroup()) {
                continue;
            }
            if (x.grade() == Outcome.ALL_GRADES) {
                whole = x;
            } else if (o.tests(x.grade()) && x.n() > 0) {
                sum += x.value() * x.n();
                n += x.n();
            }
        }
        if (n > 0) {
            return sum / n;
        }
        return whole != null && whole.n() > 0 ? whole.value() : Double.NaN;
    }
}
