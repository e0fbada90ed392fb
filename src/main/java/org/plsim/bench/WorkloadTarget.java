package org.plsim.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The targets for the real workloads, each checked against one figure of the workloads table: a rate's
 * median, a latency's p95 or median. PASS or MISS is printed with the median and the slowest run beside it, so
 * a disturbed run shows. Speed targets live here, never in unit tests.
 */
public enum WorkloadTarget {
    BAU_RATE("≥ 60 M student-steps/s/core", "business as usual, whole run (1 arm), median") {
        @Override boolean appliesTo(WorkloadRow r) { return r.workload() == Workload.BAU; }
        @Override double value(WorkloadRow r, List<WorkloadRow> all) { return r.median(); }
        @Override boolean met(double v) { return v >= Target.MODEL_RATE_MIN; }
    },
    ALL_FOUR_RATE("≥ 25 M student-steps/s/core", "all-four plan, whole run (both arms), median") {
        @Override boolean appliesTo(WorkloadRow r) { return r.workload() == Workload.ALL_FOUR; }
        @Override double value(WorkloadRow r, List<WorkloadRow> all) { return r.median(); }
        @Override boolean met(double v) { return v >= 25; }
    },
    RUN_FIXED_COST("plsim run, tiny scenario ≤ 1.0 s", "wall time end to end, median") {
        @Override boolean appliesTo(WorkloadRow r) { return r.workload() == Workload.FIXED_COST; }
        @Override double value(WorkloadRow r, List<WorkloadRow> all) { return r.median(); }
        @Override boolean met(double v) { return v <= 1.0; }
    },
    CSV_RATE("CSV writing ≥ 100 MB/s", "outcomes + effects + summary, median") {
        @Override boolean appliesTo(WorkloadRow r) { return r.workload() == Workload.CSV; }
        @Override double value(WorkloadRow r, List<WorkloadRow> all) { return r.median(); }
        @Override boolean met(double v) { return v >= 100; }
    },
    PREVIEW_SMALL("preview p95 ≤ 1 s, every grantee ≤ 30,000", "worst grantee's p95 (2 threads, warm JVM)") {
        @Override boolean appliesTo(WorkloadRow r) { return r.role() == WorkloadRow.Role.SMALL_GRANTEES; }
        @Override double value(WorkloadRow r, List<WorkloadRow> all) {
            return all.stream().filter(x -> x.workload() == Workload.PREVIEW && x.role() != WorkloadRow.Role.SMALL_GRANTEES
                    && x.students() <= PreviewBench.SMALL_GRANTEE_STUDENTS)
                    .max(Comparator.comparingDouble(WorkloadRow::p95)).map(WorkloadRow::p95).orElse(Double.NaN);
        }
        @Override boolean met(double v) { return v <= 1.0; }
    },
    PREVIEW_LARGEST("preview p95 ≤ 4 s, the largest grantee", "its p95 (2 threads, warm JVM)") {
        @Override boolean appliesTo(WorkloadRow r) { return r.role() == WorkloadRow.Role.LARGEST_GRANTEE; }
        @Override double value(WorkloadRow r, List<WorkloadRow> all) { return r.p95(); }
        @Override boolean met(double v) { return v <= 4.0; }
    },
    EXPLORER_PREVIEW("explorer preview p95 ≤ 1 s", "control change to preview over HTTP, p95") {
        @Override boolean appliesTo(WorkloadRow r) { return r.role() == WorkloadRow.Role.EXPLORER_PREVIEW; }
        @Override double value(WorkloadRow r, List<WorkloadRow> all) { return r.p95(); }
        @Override boolean met(double v) { return v <= 1.0; }
    },
    EXPLORER_HIT("explorer cache hit ≤ 50 ms", "a kept view over HTTP, p95") {
        @Override boolean appliesTo(WorkloadRow r) { return r.role() == WorkloadRow.Role.EXPLORER_HIT; }
        @Override double value(WorkloadRow r, List<WorkloadRow> all) { return r.p95(); }
        @Override boolean met(double v) { return v <= 0.050; }
    };

    private final String goal;
    private final String basis;

    WorkloadTarget(String goal, String basis) {
        this.goal = goal;
        this.basis = basis;
    }

    abstract boolean appliesTo(WorkloadRow r);

    /** The figure the target is checked against (it may read the other rows, e.g. every grantee's p95). */
    abstract double value(WorkloadRow r, List<WorkloadRow> all);

    abstract boolean met(double v);

    public String goal() {
        return goal;
    }

    public String basis() {
        return basis;
    }

    /** The target that checks {@code r}, if any (at most one does). */
    public static Optional<WorkloadTarget> of(WorkloadRow r) {
        for (WorkloadTarget t : values()) {
            if (t.appliesTo(r)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** PASS or MISS; MISS too when the figure could not be measured. */
    public String verdict(WorkloadRow r, List<WorkloadRow> all) {
        double v = value(r, all);
        return Double.isFinite(v) && met(v) ? "PASS" : "MISS";
    }

    /** The checked figure in the row's unit, e.g. {@code 27.3 M steps/s/core}. */
    public String figure(WorkloadRow r, List<WorkloadRow> all) {
        return r.format(value(r, all), false) + " " + r.unit().text();
    }

    /**
     * The verdict, its figure and the spread: {@code PASS 27.3 M steps/s/core (slowest 24.9)} when the median is
     * the figure, else {@code MISS 1.613 s (median 0.983, slowest 1.613)}.
     */
    public String describe(WorkloadRow r, List<WorkloadRow> all) {
        double v = value(r, all);
        String median = v == r.median() ? "" : "median " + r.format(r.median(), false) + ", ";
        return String.format(Locale.ROOT, "%s %s (%sslowest %s)", verdict(r, all), figure(r, all), median,
                r.format(r.slowest(), false));
    }
}
