package org.plsim.analysis.sweep;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * The plan's cumulative cost per enrolled student, per point and replicate: the sum of the
 * {@code cost_per_student} effects (the treatment arm's cost; business as usual costs 0) of years 1 … year.
 * A run of a sweep that kept costs but reported none (a point with no component switched on: the runner
 * adds cost rows only for plans with components) cost nothing.
 */
public final class CostToDate {
    private final SweepRuns runs;
    private final Map<Integer, Set<Integer>> reported = new HashMap<>();

    public CostToDate(SweepRuns runs) {
        this.runs = runs;
    }

    /** Each replicate's dollars per student through {@code year} at {@code point}; NaN where a year is missing. */
    public double[] byReplicate(int point, int year) {
        double[] sum = new double[runs.replicates()];
        for (int y = 1; y <= year; y++) {
            Optional<SweepRuns.Cells> cost = runs.cells(y, Subject.ALL, Subgroup.ALL, Measure.COST);
            if (cost.isEmpty()) {
                Arrays.fill(sum, Double.NaN);
                return sum;
            }
            Set<Integer> ran = reported.computeIfAbsent(point, p -> Arrays.stream(runs.replicatesAt(p)).boxed()
                    .collect(Collectors.toSet()));
            for (int r = 0; r < sum.length; r++) {
                double c = cost.get().effect()[point][r];
                sum[r] += Double.isNaN(c) && ran.contains(r) ? 0 : c;
            }
        }
        return sum;
    }

    /** Whether the sweep kept costs at all. */
    public boolean available() {
        return runs.hasCosts();
    }
}
