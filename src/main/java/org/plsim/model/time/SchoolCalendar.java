package org.plsim.model.time;

/**
 * The simulation clock: one MASON step is one instructional week; a school year has {@code weeksPerYear}
 * weeks; a run lasts {@code years} school years. Years are numbered from 1 (year 0 is the baseline, the
 * fall before the grant starts); weeks within a year from 0.
 */
public record SchoolCalendar(int years, int weeksPerYear) {
    public static final int DAYS_PER_WEEK = 5;

    public SchoolCalendar {
        if (years < 1 || weeksPerYear < 1) {
            throw new IllegalArgumentException("years and weeks_per_year must be positive");
        }
    }

    public long totalWeeks() {
        return (long) years * weeksPerYear;
    }

    /** School year (1-based) of step {@code step}. */
    public int year(long step) {
        return (int) (step / weeksPerYear) + 1;
    }

    /** Week within its year (0-based) of step {@code step}. */
    public int week(long step) {
        return (int) (step % weeksPerYear);
    }

    public int daysPerYear() {
        return weeksPerYear * DAYS_PER_WEEK;
    }
}
