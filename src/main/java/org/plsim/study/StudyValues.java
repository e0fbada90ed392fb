package org.plsim.study;

import java.util.List;
import org.plsim.experiment.Arm;
import org.plsim.experiment.ReplicateResult;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;

/**
 * A study's number in one replicate: the outcome's measure, subject, subgroup and follow-up year (or years),
 * pooled student-weighted over the grades tested and the years pooled; under
 * {@link Comparison#BUSINESS_AS_USUAL} the treatment arm's
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
     * The same number for the study's students served ({@link Subgroup#SERVED}, the effect on the treated):
     * NaN when the plan served no one in the study's grades that year, or the study compares no arms.
     */
    public static double served(ReplicateResult replicate, Study study) {
        if (study.comparison() == Comparison.NONE) {
            return Double.NaN;
        }
        return pooled(replicate.arm(Arm.TREATMENT), study.outcome(), Subgroup.SERVED)
                - pooled(replicate.arm(Arm.BAU), study.outcome(), Subgroup.SERVED);
    }

    static double pooled(List<Outcome> arm, StudyOutcome o) {
        return pooled(arm, o, o.subgroup());
    }

    /**
     * The student-weighted mean of the outcome over its grades and years; for a year whose measure the model
     * reports for all grades only, that year's all-grades value. NaN when the arm has no such students
     * (reported by the caller).
     */
    private static double pooled(List<Outcome> arm, StudyOutcome o, Subgroup group) {
        double sum = 0;
        long n = 0;
        for (int y = o.firstYear(); y <= o.year(); y++) {
            double sumY = 0;
            long nY = 0;
            Outcome whole = null;
            for (Outcome x : arm) {
                if (x.year() != y || x.measure() != o.measure() || x.subject() != o.subject() || x.group() != group) {
                    continue;
                }
                if (x.grade() == Outcome.ALL_GRADES) {
                    whole = x;
                } else if (o.tests(x.grade()) && x.n() > 0) {
                    sumY += x.value() * x.n();
                    nY += x.n();
                }
            }
            if (nY == 0 && whole != null && whole.n() > 0) {
                if (o.firstYear() == o.year()) {
                    return whole.value();
                }
                sumY = whole.value() * whole.n();
                nY = whole.n();
            }
            sum += sumY;
            n += nY;
        }
        return n > 0 ? sum / n : Double.NaN;
    }
}
