package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.List;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.MeanEstimate;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;

/** Every design point's keys summarized over replicates: the rows of {@code summary.csv}. */
public final class PointSummaries {
    private PointSummaries() {
    }

    /** By point, then key in {@link SweepRuns#ORDER}; a key no replicate of a point reported is left out. */
    public static List<PointSummary> of(SweepRuns runs) {
        CostToDate costs = new CostToDate(runs);
        List<PointSummary> out = new ArrayList<>();
        for (int p = 0; p < runs.points(); p++) {
            for (EffectKey key : runs.keys()) {
                SweepRuns.Cells c = runs.cells(key).orElseThrow();
                int[] reps = reported(c.effect()[p]);
                if (reps.length > 0) {
                    out.add(summarize(p, key, c, reps, costs));
                }
            }
        }
        return out;
    }

    private static PointSummary summarize(int p, EffectKey key, SweepRuns.Cells c, int[] reps, CostToDate costs) {
        double[] effects = at(c.effect()[p], reps);
        double costToDate = Double.NaN;
        MeanEstimate perTenth = null;
        boolean allStudents = key.group() == Subgroup.ALL && key.grade() == Outcome.ALL_GRADES && key.year() >= 1;
        if (allStudents && costs.available()) {
            double[] cost = at(costs.byReplicate(p, key.year()), reps);
            costToDate = MeanEstimate.of(cost).mean();
            if (key.inSdUnits() && key.measure() != Measure.GAIN) {
                perTenth = CostPerTenthSd.estimate(cost, effects);
            }
        }
        return new PointSummary(p, key, MeanEstimate.of(at(c.treatment()[p], reps)),
                MeanEstimate.of(at(c.bau()[p], reps)), MeanEstimate.of(effects), costToDate, perTenth);
    }

    /** Indices of the replicates with a value. */
    static int[] reported(double[] row) {
        return java.util.stream.IntStream.range(0, row.length).filter(r -> !Double.isNaN(row[r])).toArray();
    }

    static double[] at(double[] row, int[] reps) {
        double[] v = new double[reps.length];
        for (int i = 0; i < reps.length; i++) {
            v[i] = row[reps[i]];
        }
        return v;
    }
}
