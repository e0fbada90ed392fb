package org.plsim.bench;

import java.util.Locale;

/**
 * The performance targets, each checked against one stated figure of a {@link SizeResult}. The
 * rate target uses the whole run (construction and year turns included), the strictest reading; the two
 * ratios compare weekly stepping with weekly stepping, the only basis the floor has.
 */
public enum Target {
    MODEL_RATE("target_60m", "≥ 60 M student-steps/s per core", "array model, whole run, median") {
        @Override public double value(SizeResult r) { return r.model().medianRunRate() / 1e6; }
        @Override double slowest(SizeResult r) { return r.model().minRunRate() / 1e6; }
        @Override boolean met(double v) { return v >= MODEL_RATE_MIN; }
        @Override String format(double v) { return String.format(Locale.ROOT, "%.1f M/s", v); }
    },
    OVER_MASON("target_15x", "≥ 15× conventional MASON", "weekly stepping, medians") {
        @Override public double value(SizeResult r) { return r.speedupOverMason(); }
        @Override boolean met(double v) { return v >= 15; }
        @Override String format(double v) { return String.format(Locale.ROOT, "%.1f×", v); }
    },
    NEAR_FLOOR("target_3x", "≤ 3× the random-number floor", "weekly stepping, medians") {
        @Override public double value(SizeResult r) { return r.floorRatio(); }
        @Override boolean met(double v) { return v <= 3; }
        @Override String format(double v) { return String.format(Locale.ROOT, "%.2f×", v); }
    },
    BOTH_ARMS("target_5s", "350k, 4 y, both arms, 1 core < 5 s", "wall time, median; 350k+ only") {
        @Override public double value(SizeResult r) { return r.bothArmsSeconds(); }
        @Override boolean met(double v) { return v < 5; }
        @Override String format(double v) { return String.format(Locale.ROOT, "%.2f s", v); }
        @Override boolean appliesTo(SizeResult r) { return r.requested() >= 350_000; }
    },
    LIVE_HEAP("target_130b", "live heap ≤ 130 bytes/student", "built model after a full GC") {
        @Override public double value(SizeResult r) { return r.retainedBytesPerStudent(); }
        @Override boolean met(double v) { return v <= 130; }
        @Override String format(double v) { return String.format(Locale.ROOT, "%.0f B/student", v); }
    };

    /** Million student-steps a second per core the business-as-usual model's whole run should reach. */
    public static final double MODEL_RATE_MIN = 60;

    private final String column;
    private final String goal;
    private final String basis;

    Target(String column, String goal, String basis) {
        this.column = column;
        this.goal = goal;
        this.basis = basis;
    }

    /** The figure the target is checked against. */
    public abstract double value(SizeResult r);

    abstract boolean met(double v);

    abstract String format(double v);

    /** The slowest timed run's figure, where the target has one (NaN: a ratio of medians). */
    double slowest(SizeResult r) {
        return Double.NaN;
    }

    boolean appliesTo(SizeResult r) {
        return true;
    }

    /** PASS, MISS, or n/a when the target does not speak of this district size. */
    public String verdict(SizeResult r) {
        if (!appliesTo(r)) {
            return "n/a";
        }
        return met(value(r)) ? "PASS" : "MISS";
    }

    /** The verdict with the figure behind it, e.g. {@code PASS 71.3 M/s (slowest 65.0 M/s)}. */
    public String describe(SizeResult r) {
        double slow = slowest(r);
        return verdict(r) + " " + format(value(r)) + (Double.isFinite(slow) ? " (slowest " + format(slow) + ")" : "");
    }

    public String column() {
        return column;
    }

    public String goal() {
        return goal;
    }

    public String basis() {
        return basis;
    }
}
