package org.plsim.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import org.plsim.scenario.BusinessAsUsual;
import org.plsim.scenario.Grades;

/**
 * The business-as-usual parameters of a scenario under their registry ids, which are their paths in
 * {@code scenarios/reference.yaml} ({@code business_as_usual.teacher_va_sd.math},
 * {@code business_as_usual.growth_norms.math[K]}). The registry documents their defaults; a scenario sets
 * them in its {@code business_as_usual} block, and these are the values a run records as used.
 */
public final class BusinessAsUsualEvidence {
    public static final String PREFIX = "business_as_usual.";

    private BusinessAsUsualEvidence() {
    }

    /** Every business-as-usual parameter of {@code bau}, keyed by registry id, in reference order. */
    public static Map<String, Double> values(BusinessAsUsual bau) {
        Map<String, Double> v = new LinkedHashMap<>();
        double[] math = bau.norms().math();
        double[] reading = bau.norms().reading();
        for (int g = 0; g < Grades.COUNT; g++) {
            v.put(PREFIX + "growth_norms.math[" + Grades.label(g) + "]", math[g]);
        }
        for (int g = 0; g < Grades.COUNT; g++) {
            v.put(PREFIX + "growth_norms.reading[" + Grades.label(g) + "]", reading[g]);
        }
        put(v, "teacher_va_sd.math", bau.teacherVaSdMath());
        put(v, "teacher_va_sd.reading", bau.teacherVaSdReading());
        put(v, "novice_gap.math", bau.noviceGapMath());
        put(v, "novice_gap.reading", bau.noviceGapReading());
        put(v, "teacher_attrition", bau.teacherAttrition());
        put(v, "growth_rate_sd", bau.growthRateSd());
        put(v, "annual_shock_sd", bau.annualShockSd());
        put(v, "weekly_shock_sd", bau.weeklyShockSd());
        put(v, "mean_reversion", bau.meanReversion());
        put(v, "absence_cost.math", bau.absenceCostMath());
        put(v, "absence_cost.reading", bau.absenceCostReading());
        put(v, "absence_logit_sd", bau.absenceLogitSd());
        put(v, "low_income_absence_ratio", bau.lowIncomeAbsenceRatio());
        put(v, "engagement_absence", bau.engagementAbsence());
        put(v, "entry_gaps.low_income", bau.lowIncomeGap());
        put(v, "entry_gaps.english_learner", bau.englishLearnerGap());
        put(v, "entry_gaps.disability", bau.disabilityGap());
        put(v, "time_budget.student_minutes_per_week", bau.studentGrantMinutes());
        put(v, "time_budget.teacher_hours_per_week", bau.teacherGrantHours());
        put(v, "proficient_cut_percentile", bau.proficientCut());
        return v;
    }

    private static void put(Map<String, Double> v, String path, double value) {
        v.put(PREFIX + path, value);
    }
}
