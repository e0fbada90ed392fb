package org.plsim.model.observe;

/** What an {@link Outcome} measures, with its unit. */
public enum Measure {
    /** Mean achievement against national norms at the spring test (year 0: the fall baseline). */
    ACHIEVEMENT("achievement", "SD units vs national norm"),
    /**
     * Mean aligned (curriculum) mastery: achievement plus the curriculum-specific mastery that standardized
     * tests do not see (equal to achievement under business as usual), SD units vs national norm.
     */
    ALIGNED_MASTERY("aligned_mastery", "SD units vs national norm"),
    /**
     * Share of students at or above the proficient cut score (a percentile of the national distribution of
     * the grade, {@code business_as_usual.proficient_cut_percentile}) at the spring test (year 0: the fall
     * baseline), in percent, so that an effect is in percentage points.
     */
    PROFICIENT("share_proficient", "percent of students", "percentage points of students"),
    /** Mean growth over the school year on the vertical scale. */
    GAIN("gain", "SD units per year"),
    /** Mean share of school days attended. */
    ATTENDANCE("attendance_rate", "share of days attended"),
    /** Share of students absent 10% or more of the days enrolled. */
    CHRONIC_ABSENCE("chronic_absence", "share of students"),
    /** Mean engagement, in SD units of the national distribution (0 = typical). */
    ENGAGEMENT("engagement", "SD units vs national distribution"),
    /** Share of students in grades 9–12 on track to graduate at the end of the year (grade 12: graduated). */
    ON_TRACK("on_track", "share of students in grades 9-12"),
    /** Share of twelfth graders who graduate at the end of the year. */
    GRADUATION("graduation", "share of grade-12 students"),
    /** Share of twelfth graders who graduate and enroll in college the next fall. */
    COLLEGE_ENROLLMENT("college_enrollment", "share of grade-12 students"),
    /**
     * Four-year cohort graduation: share of the students who entered grade 9 in year t who graduate by the end
     * of year t+3, in the row of year t+3; only cohorts whose grade-9 year is in the run (years 4 on).
     */
    COHORT_GRADUATION("cohort_graduation_4yr", "share of the grade-9 entry cohort of 3 years before"),
    /** Share of twelfth graders who graduate and enroll at a two-year college the next fall. */
    COLLEGE_TWO_YEAR("college_fall_two_year", "share of grade-12 students"),
    /** Share of twelfth graders who graduate and enroll at a four-year college the next fall. */
    COLLEGE_FOUR_YEAR("college_fall_four_year", "share of grade-12 students"),
    /** Share of twelfth graders who graduate and enroll in college within 1 year (projected at graduation). */
    COLLEGE_WITHIN_1("college_within_1yr", "share of grade-12 students"),
    /** Share of twelfth graders who graduate and enroll in college within 2 years (projected at graduation). */
    COLLEGE_WITHIN_2("college_within_2yr", "share of grade-12 students"),
    /** Share of twelfth graders who graduate and enroll in college within 4 years (projected at graduation). */
    COLLEGE_WITHIN_4("college_within_4yr", "share of grade-12 students"),
    /** Mean college credits earned in high school through the plan, per twelfth grader at the year end. */
    COLLEGE_CREDITS("college_credits_in_hs", "semester credit hours per grade-12 student"),
    /**
     * The plan's cost that school year over the students enrolled (ingredients method), dollars per student;
     * added to the treatment arm by the runner from the components' cost plans (0 under business as usual).
     */
    COST("cost_per_student", "dollars per student per year"),
    /** Students enrolled. */
    ENROLLMENT("students", "students");

    private final String label;
    private final String unit;
    private final String effectUnit;

    Measure(String label, String unit) {
        this(label, unit, unit);
    }

    Measure(String label, String unit, String effectUnit) {
        this.label = label;
        this.unit = unit;
        this.effectUnit = effectUnit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** The unit of a difference between arms (a percent's difference is in percentage points). */
    public String effectUnit() {
        return effectUnit;
    }

    public static Measure fromLabel(String s) {
        for (Measure v : values()) {
            if (v.label.equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown measure: " + s);
    }
}
