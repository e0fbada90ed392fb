package org.plsim.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The timed repetitions of one arm at one district size. Medians resist the odd disturbed repetition (a
 * colleague's build, a GC); the minimum rate is the slowest repetition, reported so that disturbance shows.
 */
public record Samples(List<RunTiming> runs) {
    public Samples {
        if (runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException("at least one timed repetition is needed");
        }
        runs = List.copyOf(runs);
    }

    public double medianRunRate() {
        return median(RunTiming::runRate);
    }

    public double minRunRate() {
        return min(RunTiming::runRate);
    }

    public double medianSteppingRate() {
        return median(RunTiming::steppingRate);
    }

    public double minSteppingRate() {
        return min(RunTiming::steppingRate);
    }

    /** Median seconds of a whole run, construction included. */
    public double medianRunSeconds() {
        return median(t -> t.totalNanos() / 1e9);
    }

    /** Median seconds of construction alone. */
    public double medianBuildSeconds() {
        return median(t -> t.buildNanos() / 1e9);
    }

    private double median(ToDoubleFunction<RunTiming> f) {
        return median(runs.stream().mapToDouble(f).toArray());
    }

    private double min(ToDoubleFunction<RunTiming> f) {
        return runs.stream().mapToDouble(f).min().orElse(Double.NaN);
    }

    /** The 95th percentile by nearest rank: of 5 to 20 values, the largest. */
    static double p95(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.max(0, (int) Math.ceil(0.95 * v.length) - 1)];
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : 0.5 * (v[m - 1] + v[m]);
    }
}
