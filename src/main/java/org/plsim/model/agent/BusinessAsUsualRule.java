package org.plsim.model.agent;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.plsim.model.time.SchoolCalendar;
import org.plsim.scenario.BusinessAsUsual;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.Grades;

/**
 * The business-as-usual rule's constants, derived once per run from the scenario and shared, read-only, by
 * every school (and by the benchmark's conventional reference, which must follow the same rule): cumulative
 * national norms, the teacher experience profile and its national mean, absence costs. Immutable after
 * construction except the absence intercept, fixed once when the district is first populated.
 */
public final class BusinessAsUsualRule {
    /** National average attendance that the growth norms embody (NCES: about 94%, ~10 days missed a year). */
    public static final double NATIONAL_ATTENDANCE = 0.94;
    /** Residual correlation of a student's math and reading achievement at entry. */
    public static final double MATH_READING_CORRELATION = 0.7;
    /** Correlation of engagement with math achievement at entry. */
    public static final double ENGAGEMENT_ACHIEVEMENT_CORRELATION = 0.3;
    /** Correlation of a teacher's math and reading value-added. */
    public static final double TEACHER_VA_CORRELATION = 0.6;
    /** Years over which the novice gap closes (Papay &amp; Kraft 2015: steep in the first ~5 years). */
    public static final int NOVICE_YEARS = 5;
    /** Longest career modelled. */
    public static final int MAX_EXPERIENCE = 40;
    /** Share of a school's hires who are first-year teachers (the rest move from other schools). */
    public static final double NOVICE_HIRE_SHARE = 0.30;

    /** First grade with on-track, graduation and college outcomes. */
    public static final int FIRST_HIGH_SCHOOL_GRADE = 9;
    /** National quartile cut points of achievement, SD units (standard normal). */
    private static final double QUARTILE_CUT = 0.6744897501960817;
    /**
     * On-track / graduation log-odds per SD of achievement. ASSUMPTION (grade M), in the range implied by
     * Allensworth &amp; Easton (2005, 2007): grades and course failures, which track achievement, predict
     * graduation far better than background does.
     */
    public static final double COMPLETION_ACHIEVEMENT = 0.9;
    /** On-track / graduation log-odds per SD of engagement. ASSUMPTION (grade M; Allensworth &amp; Easton 2007). */
    public static final double COMPLETION_ENGAGEMENT = 0.4;
    /**
     * On-track / graduation log-odds per unit share of days absent above the national 6% (10 points more
     * absence: −1 log-odds). ASSUMPTION (grade M): attendance is the strongest ninth-grade predictor in
     * Allensworth &amp; Easton (2007).
     */
    public static final double COMPLETION_ABSENCE = 10.0;
    /** College-enrollment log-odds per SD of achievement. ASSUMPTION (grade M). */
    public static final double COLLEGE_ACHIEVEMENT = 1.0;
    /** College-enrollment log-odds per SD of engagement. ASSUMPTION (grade M). */
    public static final double COLLEGE_ENGAGEMENT = 0.3;
    /**
     * College-enrollment log-odds of low-income graduates, other things equal. ASSUMPTION (grade M): NCES
     * reports a 15–20 point gap in immediate enrollment between low- and high-income completers.
     */
    public static final double COLLEGE_LOW_INCOME = -0.5;

    final SchoolCalendar calendar;
    final BusinessAsUsual bau;
    final DistrictSpec district;
    /** normEnd[s][g]: national mean position on the vertical scale at the end (spring) of grade g. */
    final double[][] normEnd = new double[2][Grades.COUNT];
    /** Annual national growth during grade g. */
    final double[][] normAnnual = new double[2][Grades.COUNT];
    final double[] vaSd;
    final double[] noviceGap;
    final double[] absenceCost;
    /** Mean of the experience profile over the national experience distribution: keeps mean growth at the norm. */
    final double[] experienceOffset = new double[2];
    /** Cumulative distribution of teacher experience (years 0 … MAX_EXPERIENCE) in the national workforce. */
    final double[] experienceCdf = new double[MAX_EXPERIENCE + 1];
    final double expectedAbsentPerWeek;
    final double lowIncomeLogOdds;
    final double entryResidualSd;
    /** The proficient cut score, SD units against the national norm of the grade: Φ⁻¹(percentile / 100). */
    final double proficientCut;
    private double absenceIntercept = Double.NaN;
    private double completionIntercept = Double.NaN;
    private double collegeIntercept = Double.NaN;
    private double fourYearIntercept = Double.NaN;

    public BusinessAsUsualRule(DistrictSpec district, BusinessAsUsual bau, SchoolCalendar calendar) {
        this.calendar = calendar;
        this.bau = bau;
        this.district = district;
        for (int s = 0; s < 2; s++) {
            double cum = 0;
            for (int g = 0; g < Grades.COUNT; g++) {
                normAnnual[s][g] = bau.norms().annual(s, g);
                cum += normAnnual[s][g];
                normEnd[s][g] = cum;
            }
        }
        vaSd = new double[] {bau.teacherVaSdMath(), bau.teacherVaSdReading()};
        noviceGap = new double[] {bau.noviceGapMath(), bau.noviceGapReading()};
        absenceCost = new double[] {bau.absenceCostMath(), bau.absenceCostReading()};
        expectedAbsentPerWeek = SchoolCalendar.DAYS_PER_WEEK * (1 - NATIONAL_ATTENDANCE);
        lowIncomeLogOdds = Math.log(bau.lowIncomeAbsenceRatio());
        proficientCut = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(bau.proficientCut() / 100);

        // A share a of posts turns over each year; a·h of them go to first-year teachers, the rest to movers
        // drawn from the workforce. The stationary experience distribution of that process is geometric with
        // rate a·h / (1 − a + a·h), cut at MAX_EXPERIENCE.
        double a = bau.teacherAttrition();
        double ah = a * NOVICE_HIRE_SHARE;
        double leave = Math.max(1e-6, ah / (1 - a + ah));
        double total = 0;
        double[] p = new double[MAX_EXPERIENCE + 1];
        for (int k = 0; k <= MAX_EXPERIENCE; k++) {
            p[k] = leave * Math.pow(1 - leave, k);
            total += p[k];
        }
        double cum = 0;
        for (int k = 0; k <= MAX_EXPERIENCE; k++) {
            cum += p[k] / total;
            experienceCdf[k] = cum;
            for (int s = 0; s < 2; s++) {
                experienceOffset[s] += p[k] / total * profile(s, k);
            }
        }
        experienceCdf[MAX_EXPERIENCE] = 1.0;

        double li = district.lowIncomeShare();
        double el = district.englishLearnerShare();
        double sw = district.disabilityShare();
        double between = sq(bau.lowIncomeGap()) * li * (1 - li) + sq(bau.englishLearnerGap()) * el * (1 - el)
                + sq(bau.disabilityGap()) * sw * (1 - sw);
        entryResidualSd = Math.sqrt(Math.max(0.25, 1 - between));
    }

    // ---- read-only view of the rule ---------------------------------------------------------------

    public SchoolCalendar calendar() { return calendar; }
    public BusinessAsUsual bau() { return bau; }
    public DistrictSpec district() { return district; }
    /** Annual national growth during grade g (0 = math, 1 = reading), SD units. */
    public double normAnnual(int subject, int grade) { return normAnnual[subject][grade]; }
    /** National mean position on the vertical scale at the end (spring) of grade g. */
    public double normEnd(int subject, int grade) { return normEnd[subject][grade]; }
    public double vaSd(int subject) { return vaSd[subject]; }
    /** Achievement lost per day absent. */
    public double absenceCost(int subject) { return absenceCost[subject]; }
    /** Days a week the national average student misses: the attendance the norms embody. */
    public double expectedAbsentPerWeek() { return expectedAbsentPerWeek; }
    public double lowIncomeLogOdds() { return lowIncomeLogOdds; }
    /** SD of entry achievement within subgroup, so the district's total SD is about 1. */
    public double entryResidualSd() { return entryResidualSd; }

    public double absenceIntercept() {
        return absenceIntercept;
    }

    /** Fixes the district's absence intercept once, after the first students are enrolled. */
    public void fixAbsenceIntercept(double value) {
        if (!Double.isNaN(absenceIntercept)) {
            throw new IllegalStateException("the absence intercept is fixed once per run");
        }
        absenceIntercept = value;
    }

    /** On-track / graduation intercept; NaN when the district has no high-school students. */
    public double completionIntercept() {
        return completionIntercept;
    }

    public double collegeIntercept() {
        return collegeIntercept;
    }

    /** A fall enrollee's log-odds of a four-year (not a two-year) college ({@link CollegeFollowUp}). */
    double fourYearLogOdds(double achievement) {
        return fourYearIntercept + CollegeFollowUp.FOUR_YEAR_ACHIEVEMENT * achievement;
    }

    /** Fixes the milestone intercepts once, from the first high-school students (see {@link District}). */
    void fixMilestoneIntercepts(double completion, double college, double fourYear) {
        if (!Double.isNaN(completionIntercept)) {
            throw new IllegalStateException("the milestone intercepts are fixed once per run");
        }
        completionIntercept = completion;
        collegeIntercept = college;
        fourYearIntercept = fourYear;
    }

    /** A student's on-track log-odds before the intercept. */
    double completionOffset(double achievement, double engagement, double absentShare, double supports) {
        return COMPLETION_ACHIEVEMENT * achievement + COMPLETION_ENGAGEMENT * engagement
                + COMPLETION_ABSENCE * (1 - NATIONAL_ATTENDANCE - absentShare) + supports;
    }

    /** A graduate's college-enrollment log-odds before the intercept. */
    double collegeOffset(double achievement, double engagement, boolean lowIncome, double supports) {
        return COLLEGE_ACHIEVEMENT * achievement + COLLEGE_ENGAGEMENT * engagement
                + (lowIncome ? COLLEGE_LOW_INCOME : 0) + supports;
    }

    static double logistic(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** National quartile, 0–3, of an achievement in SD units against the norm. */
    static int nationalQuartile(double z) {
        return z < -QUARTILE_CUT ? 0 : z < 0 ? 1 : z < QUARTILE_CUT ? 2 : 3;
    }

    /**
     * The log-odds intercept μ (of absence, completion, college) for which the mean of logistic(μ + offset_i)
     * equals {@code target}, by
     * Newton's method (deterministic: sums in array order).
     */
    public static double solveLogisticIntercept(double target, double[] offsets) {
        return solveLogisticIntercept(target, offsets, null);
    }

    /**
     * The same with weights: the weighted mean of logistic(μ + offset_i) equals {@code target} (weights null:
     * all 1). The college intercept is weighted by each student's chance of graduating.
     */
    public static double solveLogisticIntercept(double target, double[] offsets, double[] weights) {
        double mu = Math.log(target / (1 - target));
        for (int it = 0; it < 50; it++) {
            double sum = 0;
            double slope = 0;
            double total = 0;
            for (int i = 0; i < offsets.length; i++) {
                double w = weights == null ? 1.0 : weights[i];
                double p = 1.0 / (1.0 + Math.exp(-(mu + offsets[i])));
                sum += w * p;
                slope += w * p * (1 - p);
                total += w;
            }
            if (total == 0 || slope == 0) {
                return mu;
            }
            double step = (sum / total - target) / (slope / total);
            mu -= step;
            if (Math.abs(step) < 1e-10) {
                break;
            }
        }
        return mu;
    }

    /** Experience profile: a novice trails a fifth-year teacher by the novice gap, closing linearly. */
    public double profile(int subject, int experience) {
        return -noviceGap[subject] * Math.max(0, NOVICE_YEARS - experience) / (double) NOVICE_YEARS;
    }

    /** Teacher effect net of the national mean, so the average classroom grows at the norm. */
    public double teacherEffect(int subject, double permanent, int experience) {
        return permanent + profile(subject, experience) - experienceOffset[subject];
    }

    /** Experience of a teacher drawn from the national workforce, by inversion of uniform {@code u}. */
    public int drawExperience(double u) {
        for (int k = 0; k < MAX_EXPERIENCE; k++) {
            if (u < experienceCdf[k]) {
                return k;
            }
        }
        return MAX_EXPERIENCE;
    }

    /** National mean position at the start (fall) of grade g. */
    public double normStart(int subject, int grade) {
        return grade == 0 ? 0.0 : normEnd[subject][grade - 1];
    }

    /** National mean position {@code weeks} weeks into grade g. */
    double normAt(int subject, int grade, int weeks) {
        return normStart(subject, grade) + normAnnual[subject][grade] * weeks / calendar.weeksPerYear();
    }

    private static double sq(double x) {
        return x * x;
    }
}
