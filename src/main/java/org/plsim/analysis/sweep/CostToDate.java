package org.plsim.analysis.sweep;

import java.util.Arrays;
import java.util.Optional;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * The plan's cumulative cost per enrolled student, per point and replicate: the sum of the
 * {@code cost_per_student} effects (the treatment arm's cost; business as usual costs 0) of years 1 … year.
 */
public final class CostToDate {
    private final SweepRuns runs;

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
            for (int r = 0; r < sum.length; r++) {
                sum[r] += cost.get().effect()[point][r];
            }
        }
        return sum;
    }

    /** Whether the sweep kept costs at all. */
    public boolean available() {
        return runs.hasCosts();
    }
}
