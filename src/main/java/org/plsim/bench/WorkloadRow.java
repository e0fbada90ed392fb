package org.plsim.bench;

import java.util.Locale;

/**
 * One line of the workloads table: one workload on one case (a district size, a component, a scenario), its
 * timed runs summed up in the workload's unit. Figures that do not apply are {@code NaN}.
 *
 * @param workload  what was measured
 * @param label     the case, e.g. {@code 99,744 students} or {@code blended_learning} or a scenario id
 * @param role      what a target reads this row as
 * @param students  students in the district at the start
 * @param runs      timed runs behind the figures
 * @param unit      the unit of median, p95 and slowest
 * @param median    median of the timed runs (for latencies: the p50)
 * @param p95       95th percentile, nearest rank (latencies only; with few runs it is the slowest)
 * @param slowest   the slowest timed run: the lowest rate, or the longest time
 * @param vsBau     this rate over the business-as-usual whole-run rate (1 for business as usual itself)
 * @param armRatio  treatment arm time over business-as-usual arm time in the same replicates (medians)
 * @param extraSeconds treatment arm seconds less business-as-usual arm seconds, per replicate (median)
 */
public record WorkloadRow(Workload workload, String label, Role role, long students, int runs, Unit unit,
                          double median, double p95, double slowest, double vsBau, double armRatio,
                          double extraSeconds) {

    /** How a target reads a row. */
    public enum Role {
        /** A measurement of its own. */
        MEASURED,
        /** A grantee scenario's preview latency. */
        GRANTEE,
        /** The largest grantee scenario's preview latency. */
        LARGEST_GRANTEE,
        /** The latencies of every grantee of up to 30,000 students, pooled. */
        SMALL_GRANTEES,
        /** The explorer's answer to a control change (a preview run), over HTTP. */
        EXPLORER_PREVIEW,
        /** The explorer's answer to a view it has kept, over HTTP. */
        EXPLORER_HIT
    }

    /** Units of the three figures, with how the terminal and the CSV print them. */
    public enum Unit {
        MSTEPS_PER_S("M steps/s/core", 1), SECONDS("s", 3), MB_PER_S("MB/s", 1);

        private final String text;
        private final int decimals;

        Unit(String text, int decimals) {
            this.text = text;
            this.decimals = decimals;
        }

        public String text() {
            return text;
        }

        public int decimals() {
            return decimals;
        }

        /** Higher is better (a rate) rather than lower (a time). */
        public boolean isRate() {
            return this != SECONDS;
        }
    }

    /** A row with only the median and slowest run. */
    static WorkloadRow of(Workload workload, String label, long students, int runs, Unit unit, double median,
                          double slowest) {
        return new WorkloadRow(workload, label, Role.MEASURED, students, runs, unit, median, Double.NaN, slowest,
                Double.NaN, Double.NaN, Double.NaN);
    }

    /** {@code value} with this row's decimals; {@code —} (terminal) or empty (CSV) when not measured. */
    String format(double value, boolean csv) {
        return format(value, unit.decimals(), csv);
    }

    static String format(double value, int decimals, boolean csv) {
        if (!Double.isFinite(value)) {
            return csv ? "" : "—";
        }
        return String.format(Locale.ROOT, csv ? "%." + decimals + "f" : "%,." + decimals + "f", value);
    }
}
