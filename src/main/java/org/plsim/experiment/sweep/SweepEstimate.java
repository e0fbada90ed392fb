package org.plsim.experiment.sweep;

import java.util.Locale;

/**
 * What a sweep (or one shard of it) will do before it starts: its runs — design points × replicates × 2 arms —
 * and the student-weeks they simulate, and a rough time from recorded costs: {@value #STUDENT_WEEKS_PER_SECOND}
 * student-weeks a second per thread — the shipped component-mix sweeps (7,290 students, all four components, 2
 * and 4 years: 134 M and 537 M student-weeks) took about 15 s and 60 s on an idle 2-core VM
 * ({@code scenarios/sweeps/README.md}), runner and writing included — plus {@value #SECONDS_PER_RUN} s per paired
 * run for what a run costs whatever its size (1,200 paired runs of a 10-student school took 15 s on 2 threads of
 * a loaded 2-core VM). A sweep's own machine, components and district sizes move it; it is meant to tell minutes
 * from days. Adaptive replicates are counted at their most.
 *
 * @param points       design points
 * @param replicates   replicates a point (adaptive: the most)
 * @param adaptive     whether replicates are adaptive (the counts are then upper bounds)
 * @param runs         paired runs of this command (a shard's share of points × replicates)
 * @param studentWeeks student-weeks simulated, both arms
 * @param threads      runs at once
 */
public record SweepEstimate(int points, int replicates, boolean adaptive, long runs, double studentWeeks,
                           int threads) {
    /** Student-weeks simulated a second by one thread, as recorded (see above). */
    public static final double STUDENT_WEEKS_PER_SECOND = 4.5e6;
    /** Seconds a paired run costs one thread whatever its size (setting up, pairing, writing), as recorded. */
    public static final double SECONDS_PER_RUN = 0.01;

    /** The estimate for {@code shard} of {@code plan} on {@code threads} threads, from the points as planned. */
    public static SweepEstimate of(SweepPlan plan, Shard shard, int threads) {
        int points = plan.points().size();
        int replicates = plan.replicates().isAdaptive() ? plan.replicates().adaptive().max() : plan.replicates().fixed();
        double perReplicate = 0; // student-weeks of one replicate at every point, both arms
        for (int p = 0; p < points; p++) {
            perReplicate += 2.0 * plan.plannedScenario(p).studentWeeks();
        }
        long runs = shard.runs(points, replicates);
        double all = (double) points * replicates;
        return new SweepEstimate(points, replicates, plan.replicates().isAdaptive(), runs,
                all == 0 ? 0 : perReplicate * replicates * (runs / all), Math.max(1, threads));
    }

    /** Runs of one arm: twice the paired runs. */
    public long armRuns() {
        return 2 * runs;
    }

    /** Estimated seconds of wall time. */
    public double seconds() {
        return (studentWeeks / STUDENT_WEEKS_PER_SECOND + runs * SECONDS_PER_RUN) / threads;
    }

    /**
     * {@code 10,000 points × 10,000 replicates × 2 arms = 200,000,000 runs (…)}, then the estimate and how it
     * was made.
     */
    public String describe() {
        String most = adaptive ? "at most " : "";
        String share = runs == (long) points * replicates ? "" : String.format(Locale.ROOT, " (this shard: %,d)",
                2 * runs);
        return String.format(Locale.ROOT, "%,d points × %s%,d replicates × 2 arms = %s%,d arm runs%s, %s%s student-weeks;"
                        + " about %s on %d thread%s (estimated at %.1f M student-weeks a second a thread and %.2f s a "
                        + "paired run, as recorded on a 2-core VM)", points, most, replicates, most,
                2L * points * replicates, share, most, count(studentWeeks), duration(seconds()), threads,
                threads == 1 ? "" : "s", STUDENT_WEEKS_PER_SECOND / 1e6, SECONDS_PER_RUN);
    }

    private static String count(double n) {
        return n >= 1e12 ? String.format(Locale.ROOT, "%,.1f trillion", n / 1e12)
                : n >= 1e9 ? String.format(Locale.ROOT, "%.1f billion", n / 1e9)
                : n >= 1e6 ? String.format(Locale.ROOT, "%.1f million", n / 1e6)
                : String.format(Locale.ROOT, "%,.0f", n);
    }

    /** Seconds as a person says them: 40 s, 12 min, 3.5 hours, 9.2 days. */
    static String duration(double s) {
        if (s < 90) {
            return String.format(Locale.ROOT, "%.0f s", Math.max(1, s));
        }
        if (s < 90 * 60) {
            return String.format(Locale.ROOT, "%.0f min", s / 60);
        }
        if (s < 48 * 3600) {
            return String.format(Locale.ROOT, "%.1f hours", s / 3600);
        }
        return String.format(Locale.ROOT, "%.1f days", s / 86400);
    }
}
