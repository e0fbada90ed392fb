package org.plsim.study;

import java.util.List;
import org.plsim.experiment.Arm;
import org.plsim.experiment.ReplicateResult;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;

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
     * The student-weighted mean of the outcome over its grades; the all-grades value when the model reports
     * the measure for all grades only. NaN when the arm has no such students (reported by the caller).
     */
    private static double pooled(List<Outcome> arm, StudyOutcome o, Subgroup group) {
        double sum = 0;
        long n = 0;
        Outcome whole = null;
        for (Outcome x : arm) {
            if (x.year() != o.year() || x.measure() != o.measure() || x.subject() != o.subject()
                    || x.group() != group) {
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
