package org.plsim.scenario;

/**
 * Parameters of the business-as-usual model: how students grow, how teachers differ, how absence costs
 * learning. Every default is documented, with its source and range, in {@code scenarios/reference.yaml}.
 * All achievement quantities are in student-level SD units per school year.
 *
 * @param norms                 national annual growth by grade and subject (Hill et al. 2008)
 * @param teacherVaSdMath       SD of teacher value-added, math (Chetty, Friedman &amp; Rockoff 2014;
 *                              Hanushek &amp; Rivkin 2010: 0.10–0.15)
 * @param teacherVaSdReading    SD of teacher value-added, reading
 * @param noviceGapMath         how far a first-year teacher trails a fifth-year one, math (Papay &amp; Kraft 2015)
 * @param noviceGapReading      the same for reading
 * @param teacherAttrition      share of teachers leaving a school each year (NCES TFS 2012-13: 16%)
 * @param growthRateSd          SD of each student's persistent growth rate, as a share of the norm
 * @param annualShockSd         SD of a student's yearly, subject-specific growth shock
 * @param weeklyShockSd         SD of the weekly shock shared by both subjects
 * @param meanReversion         share of a student's distance from the norm made up each year; with the
 *                              shocks it keeps the within-grade SD near 1, as norm-referenced scales need
 * @param absenceCostMath       achievement lost per day absent, math (Aucejo &amp; Romano 2016: 0.0055)
 * @param absenceCostReading    the same, reading (Aucejo &amp; Romano 2016: 0.0029)
 * @param absenceLogitSd        SD of students' absence propensity on the logit scale
 * @param lowIncomeAbsenceRatio absence odds ratio for low-income students (Goodman 2014: 10.1 vs 6.9 days)
 * @param engagementAbsence     fall in absence log-odds per SD of engagement
 * @param lowIncomeGap          low-income students' mean achievement below others' at entry
 * @param englishLearnerGap     English learners' mean achievement below others' at entry
 * @param disabilityGap         students with disabilities' mean achievement below others' at entry
 * @param studentGrantMinutes   minutes a week of a student's timetable that grant activities can take before
 *                              they crowd each other out (the time budget; ASSUMPTION, see the registry)
 * @param teacherGrantHours     hours a week a teacher can give grant activities (training, plan meetings,
 *                              assessment work) before they crowd each other out
 * @param proficientCut         the "proficient" cut score as a percentile of the national distribution of
 *                              achievement in the grade, 1–99: a student at or above it counts as proficient
 *                              in the share-proficient outcome (a state's line; 50 = the national median)
 */
public record BusinessAsUsual(GrowthNorms norms, double teacherVaSdMath, double teacherVaSdReading,
                              double noviceGapMath, double noviceGapReading, double teacherAttrition,
                              double growthRateSd, double annualShockSd, double weeklyShockSd,
                              double meanReversion, double absenceCostMath, double absenceCostReading,
                              double absenceLogitSd, double lowIncomeAbsenceRatio, double engagementAbsence,
                              double lowIncomeGap, double englishLearnerGap, double disabilityGap,
                              double studentGrantMinutes, double teacherGrantHours, double proficientCut) {

    public BusinessAsUsual {
        new Checks()
                .require(norms != null, "growth_norms", "nothing", "growth norms by grade")
                .range("teacher_va_sd.math", teacherVaSdMath, 0, 0.5)
                .range("teacher_va_sd.reading", teacherVaSdReading, 0, 0.5)
                .range("novice_gap.math", noviceGapMath, 0, 0.5)
                .range("novice_gap.reading", noviceGapReading, 0, 0.5)
                .share("teacher_attrition", teacherAttrition)
                .range("growth_rate_sd", growthRateSd, 0, 1)
                .range("annual_shock_sd", annualShockSd, 0, 1)
                .range("weekly_shock_sd", weeklyShockSd, 0, 0.5)
                .range("mean_reversion", meanReversion, 0, 0.5)
                .range("absence_cost.math", absenceCostMath, 0, 0.05)
                .range("absence_cost.reading", absenceCostReading, 0, 0.05)
                .range("absence_logit_sd", absenceLogitSd, 0, 3)
                .range("low_income_absence_ratio", lowIncomeAbsenceRatio, 0.2, 5)
                .range("engagement_absence", engagementAbsence, 0, 2)
                .range("entry_gaps.low_income", lowIncomeGap, -2, 2)
                .range("entry_gaps.english_learner", englishLearnerGap, -2, 2)
                .range("entry_gaps.disability", disabilityGap, -2, 2)
                .range("time_budget.student_minutes_per_week", studentGrantMinutes, 0, 2400)
                .range("time_budget.teacher_hours_per_week", teacherGrantHours, 0, 40)
                .range("proficient_cut_percentile", proficientCut, 1, 99)
                .throwIfAny();
    }

    /** The evidence-based defaults documented in {@code scenarios/reference.yaml}. */
    public static BusinessAsUsual defaults() {
        return new BusinessAsUsual(GrowthNorms.hillEtAl2008(), 0.13, 0.10, 0.08, 0.06, 0.16,
                0.15, 0.20, 0.03, 0.04, 0.0055, 0.0029, 0.75, 1.45, 0.30, 0.70, 0.90, 1.00,
                300, 3.0, 50);
    }
}
