package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.MeanEstimate;

/**
 * Morris elementary effects (Morris 1991; μ* after Campolongo et al. 2007) from a sweep's trajectories.
 * μ*, μ and σ are computed on the effects averaged over replicates first: the mean over replicates removes
 * most run-to-run noise, which would otherwise inflate every |elementary effect| and so μ*. The interval on
 * μ comes from each replicate's own μ. A step that changes no factor, or more than one, or a factor that is
 * not a number (or only its spelling), is skipped.
 */
public final class MorrisScreening {
    private MorrisScreening() {
    }

    /** One step of a trajectory: factor f moves from point a to b by {@code delta} of its range. */
    record Step(int factor, int from, int to, double delta) {
    }

    /** Key by key in {@link SweepRuns#ORDER}, factors in design order within a key. */
    public static List<MorrisIndex> of(Design design, SweepRuns runs) {
        List<Step> steps = steps(design);
        List<MorrisIndex> out = new ArrayList<>();
        int[] all = IntStream.range(0, design.points()).toArray();
        for (EffectKey key : runs.keys()) {
            SweepRuns.Cells c = runs.cells(key).orElseThrow();
            List<Integer> reps = c.commonReplicates(all);
            if (!reps.isEmpty() && !steps.isEmpty()) {
                out.addAll(rank(indices(design, key, steps, c.effect(), reps)));
            }
        }
        return out;
    }

    private static List<MorrisIndex> indices(Design d, EffectKey key, List<Step> steps, double[][] y,
                                             List<Integer> reps) {
        double[] mean = new double[d.points()];
        for (int p = 0; p < mean.length; p++) {
            final int pp = p;
            mean[p] = reps.stream().mapToDouble(r -> y[pp][r]).average().orElseThrow();
        }
        List<MorrisIndex> out = new ArrayList<>();
        for (int f = 0; f < d.factors().size(); f++) {
            final int ff = f;
            List<Step> mine = steps.stream().filter(s -> s.factor() == ff).toList();
            if (mine.isEmpty()) {
                continue;
            }
            double[] ee = mine.stream().mapToDouble(s -> (mean[s.to()] - mean[s.from()]) / s.delta()).toArray();
            double[] muByReplicate = reps.stream().mapToDouble(r -> mine.stream()
                    .mapToDouble(s -> (y[s.to()][r] - y[s.from()][r]) / s.delta()).average().orElseThrow()).toArray();
            double muStar = java.util.Arrays.stream(ee).map(Math::abs).average().orElseThrow();
            out.add(new MorrisIndex(d.factors().get(f), key, ee.length, muStar, MeanEstimate.of(muByReplicate),
                    MeanEstimate.of(ee).sd(), d.min(f), d.max(f), 0));
        }
        return out;
    }

    /** The same indices with ranks by μ* (largest first; ties keep design order), in design order. */
    private static List<MorrisIndex> rank(List<MorrisIndex> in) {
        List<MorrisIndex> byImportance = new ArrayList<>(in);
        byImportance.sort(Comparator.comparingDouble(MorrisIndex::muStar).reversed());
        return in.stream().map(m -> new MorrisIndex(m.factor(), m.key(), m.steps(), m.muStar(), m.mu(), m.sigma(),
                m.factorMin(), m.factorMax(), byImportance.indexOf(m) + 1)).toList();
    }

    static List<Step> steps(Design d) {
        List<Step> steps = new ArrayList<>();
        for (List<Integer> trajectory : d.trajectories()) {
            for (int i = 1; i < trajectory.size(); i++) {
                int a = trajectory.get(i - 1);
                int b = trajectory.get(i);
                int[] moved = IntStream.range(0, d.factors().size())
                        .filter(f -> !d.text().get(a).get(f).equals(d.text().get(b).get(f))).toArray();
                if (moved.length == 1 && d.isNumeric(moved[0])) {
                    double delta = d.scaled(b, moved[0]) - d.scaled(a, moved[0]);
                    if (delta != 0) {
                        steps.add(new Step(moved[0], a, b, delta));
                    }
                }
            }
        }
        return steps;
    }
}
