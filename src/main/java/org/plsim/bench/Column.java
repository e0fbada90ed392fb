package org.plsim.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One figure of a {@link SizeResult}: its CSV name (snake case, unit last), its terminal header (lines
 * split by {@code \n}, unit on the last line) and its decimals. The terminal table and the CSV are both
 * built from {@link #THROUGHPUT} and {@link #TIME_AND_MEMORY}, so they always carry the same figures.
 */
record Column(String name, String header, ToDoubleFunction<SizeResult> value, int decimals) {
    private static final double M = 1e6;
    private static final double MIB = 1024.0 * 1024.0;

    static final List<Column> THROUGHPUT = List.of(
            new Column("students", "district\n\nstudents", SizeResult::students, 0),
            new Column("schools", "\n\nschools", SizeResult::schools, 0),
            new Column("model_run_median_msteps_per_s", "model, whole run\nmedian\nM steps/s/core",
                    r -> r.model().medianRunRate() / M, 1),
            new Column("model_run_min_msteps_per_s", "\nmin\nM steps/s/core", r -> r.model().minRunRate() / M, 1),
            new Column("model_step_median_msteps_per_s", "model, weekly\nmedian\nM steps/s/core",
                    r -> r.model().medianSteppingRate() / M, 1),
            new Column("model_step_min_msteps_per_s", "\nmin\nM steps/s/core",
                    r -> r.model().minSteppingRate() / M, 1),
            new Column("mason_step_median_msteps_per_s", "MASON, weekly\nmedian\nM steps/s/core",
                    r -> r.mason().medianSteppingRate() / M, 2),
            new Column("mason_run_median_msteps_per_s", "MASON, run\nmedian\nM steps/s/core",
                    r -> r.mason().medianRunRate() / M, 2),
            new Column("floor_median_msteps_per_s", "RNG floor\nmedian\nM steps/s/core",
                    r -> r.floor().medianSteppingRate() / M, 1),
            new Column("floor_min_msteps_per_s", "\nmin\nM steps/s/core", r -> r.floor().minSteppingRate() / M, 1),
            new Column("speedup_over_mason_x", "model\nvs MASON\n×", SizeResult::speedupOverMason, 1),
            new Column("floor_ratio_x", "floor\nvs model\n×", SizeResult::floorRatio, 2));

    static final List<Column> TIME_AND_MEMORY = List.of(
            new Column("model_student_steps_per_run_m", "model\nsteps/run\nM student-steps",
                    r -> r.model().runs().get(0).studentWeeks() / M, 2),
            new Column("model_run_median_s", "model run\nmedian\ns", r -> r.model().medianRunSeconds(), 3),
            new Column("model_build_median_s", "of which\nbuild\ns", r -> r.model().medianBuildSeconds(), 3),
            new Column("both_arms_median_s", "both arms\nmedian\ns", SizeResult::bothArmsSeconds, 3),
            new Column("mason_weeks", "MASON\nran\nweeks", SizeResult::masonWeeks, 0),
            new Column("mason_run_median_s", "MASON run\nmedian\ns", r -> r.mason().medianRunSeconds(), 3),
            new Column("peak_heap_mib", "peak heap\nduring a run\nMiB", r -> r.peakHeapBytes() / MIB, 1),
            new Column("retained_heap_mib", "model\nlive heap\nMiB", r -> r.retainedBytes() / MIB, 1),
            new Column("retained_bytes_per_student", "model\nlive heap\nbytes/student",
                    SizeResult::retainedBytesPerStudent, 0),
            new Column("mason_retained_bytes_per_student", "MASON\nlive heap\nbytes/student",
                    SizeResult::masonRetainedBytesPerStudent, 0));

    /** For the terminal: thousands separated. */
    String display(SizeResult r) {
        double v = value.applyAsDouble(r);
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,." + decimals + "f", v) : "—";
    }

    /** For the CSV: plain digits; empty when the figure could not be measured. */
    String csv(SizeResult r) {
        double v = value.applyAsDouble(r);
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "";
    }
}
