package org.plsim.bench;

import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import sim.engine.SimState;

/**
 * Runs a MASON model exactly as {@code DistrictModel.run()} does — {@code start()}, then one schedule step
 * per week, then {@code finish()} — but with a clock around each step, so that ordinary weeks can be told
 * apart from the year's turning points without touching the model. A clock read costs tens of
 * nanoseconds; a week of a benchmark district costs at least tens of microseconds.
 */
final class WeekDriver {
    private WeekDriver() {
    }

    /**
     * @param build        makes a fresh, unstarted model (timed: part of construction)
     * @param weeks        weeks to run
     * @param weeksPerYear weeks in a school year (week 0 and the last week are the year's turning points)
     * @param enrolled     students the started model holds now (read before each week, outside the clock)
     */
    static <M extends SimState> RunTiming time(Supplier<M> build, long weeks, int weeksPerYear,
                                               ToLongFunction<M> enrolled) {
        long t0 = System.nanoTime();
        M model = build.get();
        model.start();
        long built = System.nanoTime();
        long studentWeeks = 0;
        long ordinarySteps = 0;
        long ordinaryNanos = 0;
        long outside = 0;
        try {
            while (model.schedule.getSteps() < weeks) {
                long c0 = System.nanoTime();
                long students = enrolled.applyAsLong(model);
                int week = (int) (model.schedule.getSteps() % weeksPerYear);
                long s0 = System.nanoTime();
                model.schedule.step(model);
                long s1 = System.nanoTime();
                outside += s0 - c0;
                studentWeeks += students;
                if (week != 0 && week != weeksPerYear - 1) {
                    ordinarySteps += students;
                    ordinaryNanos += s1 - s0;
                }
            }
        } finally {
            model.finish();
        }
        long total = System.nanoTime() - t0 - outside;
        return new RunTiming(studentWeeks, total, built - t0, ordinarySteps, ordinaryNanos);
    }
}
