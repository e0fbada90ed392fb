package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.plsim.analysis.EffectKey;
import org.plsim.model.observe.Outcome;

/**
 * Sobol indices of every all-grades outcome key a Sobol sweep reports (measure, year, subject, subgroup), the
 * output being the paired effect (treatment − business as usual) averaged over the replicates that every
 * point reported (common seeds keep A and A_B^(j) paired: a factor the output never reads gives equal values,
 * so ST = 0 exactly). Where the sweep kept costs, also cost per 0.1 SD for effects in SD units that are
 * positive at every point (a ratio through 0 has no variance to share out).
 *
 * <p>Bootstrap intervals draw from a {@link SplittableRandom} seeded with {@value #BOOTSTRAP_SEED} (written in
 * sobol.csv), started afresh for each key and output: the same runs give the same intervals whatever the threads,
 * shards or other keys.
 */
public final class SobolAnalysis {
    public static final String EFFECT = "effect";
    public static final String COST_PER_TENTH_SD = "cost_per_0.1_sd";
    public static final long BOOTSTRAP_SEED = 2010;

    private SobolAnalysis() {
    }

    /** Key by key in {@link SweepRuns#ORDER}, effect before cost; factors in design order within each. */
    public static List<SobolIndex> of(Design design, SweepRuns runs) {
        int k = design.factors().size();
        if (k == 0 || design.points() % (k + 2) != 0) {
            return List.of();
        }
        int n = design.points() / (k + 2);
        int[] all = IntStream.range(0, design.points()).toArray();
        CostToDate costs = new CostToDate(runs);
        List<SobolIndex> out = new ArrayList<>();
        for (EffectKey key : runs.keys()) {
            if (key.grade() != Outcome.ALL_GRADES) {
                continue;
            }
            SweepRuns.Cells c = runs.cells(key).orElseThrow();
            List<Integer> reps = c.commonReplicates(all);
            if (reps.isEmpty()) {
                continue;
            }
            double[] y = new double[design.points()];
            double[] cost = new double[design.points()];
            for (int p = 0; p < y.length; p++) {
                final int pp = p;
                y[p] = reps.stream().mapToDouble(r -> c.effect()[pp][r]).average().orElseThrow();
                double[] byRep = costs.available() ? costs.byReplicate(p, key.year()) : new double[0];
                cost[p] = byRep.length == 0 ? Double.NaN : reps.stream().mapToDouble(r -> byRep[r]).average()
                        .orElseThrow();
            }
            int runCount = design.points() * reps.size();
            out.addAll(indices(design, key, EFFECT, y, n, runCount));
            if (key.inSdUnits() && costs.available() && java.util.Arrays.stream(y).allMatch(v -> v > 0)
                    && java.util.Arrays.stream(cost).allMatch(Double::isFinite)) {
                double[] ratio = IntStream.range(0, y.length).mapToDouble(p -> cost[p] / (y[p] / 0.1)).toArray();
                out.addAll(indices(design, key, COST_PER_TENTH_SD, ratio, n, runCount));
            }
        }
        return out;
    }

    private static List<SobolIndex> indices(Design d, EffectKey key, String output, double[] y, int n, int runs) {
        int k = d.factors().size();
        List<SobolEstimate.Indices> est = SobolEstimate.ofDesignOrder(y, k, n, SobolEstimate.RESAMPLES,
                new SplittableRandom(BOOTSTRAP_SEED));
        if (Double.isNaN(est.get(0).s1())) {
            return List.of(); // the output did not vary over the design
        }
        List<Integer> byTotal = new ArrayList<>(IntStream.range(0, k).boxed().toList());
        byTotal.sort(Comparator.comparingDouble((Integer j) -> -est.get(j).st()));
        List<SobolIndex> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            out.add(new SobolIndex(d.factors().get(j), key, output, est.get(j), n, runs, byTotal.indexOf(j) + 1));
        }
        return out;
    }
}
