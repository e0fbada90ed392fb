package org.plsim.bench;

/**
 * What one timed run took, split where it can be measured cleanly from outside the model: the whole run
 * (construction, every week, the year turns), construction alone, and the ordinary weeks — those that are
 * neither the first week of a year (classes formed, growth recomputed) nor the last (test, promotion) —
 * which are pure weekly stepping.
 *
 * @param studentWeeks         student-steps of the whole run: students enrolled, summed over its weeks
 * @param totalNanos           the whole run, from construction to the end of the last week
 * @param buildNanos           construction of the model and its district (MASON {@code start()})
 * @param ordinaryStudentWeeks student-steps of the ordinary weeks only
 * @param ordinaryNanos        time spent in ordinary weeks only
 */
public record RunTiming(long studentWeeks, long totalNanos, long buildNanos, long ordinaryStudentWeeks,
                        long ordinaryNanos) {

    /** A run that is all weekly stepping, with nothing to build (the random-number floor). */
    public static RunTiming steppingOnly(long studentWeeks, long nanos) {
        return new RunTiming(studentWeeks, nanos, 0, studentWeeks, nanos);
    }

    /** Student-steps per second over the whole run, construction included. */
    public double runRate() {
        return rate(studentWeeks, totalNanos);
    }

    /** Student-steps per second over the ordinary weeks: the weekly rule alone. */
    public double steppingRate() {
        return rate(ordinaryStudentWeeks, ordinaryNanos);
    }

    private static double rate(long steps, long nanos) {
        return nanos <= 0 ? Double.NaN : steps / (nanos / 1e9);
    }
}
