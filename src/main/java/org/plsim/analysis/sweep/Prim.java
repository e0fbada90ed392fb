package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The patient rule induction method's peeling (Friedman and Fisher 1999), as used for scenario discovery
 * (as in RAND's sdtoolkit): start from the box holding every run; at each step try removing, for each
 * factor, the runs at or below its α-quantile in the box (low edge) or at or above its (1 − α)-quantile (high
 * edge) — at least ⌈α · runs in box⌉ runs, more where values tie — and keep the one peel that leaves the
 * densest box (ties: the larger box, then factor order, low edge first). Stop when no peel leaves at least
 * {@code minSupport} of all runs, or when the box holds successes only. Limits are tight to the runs left
 * in the box. Pasting (growing the box back) is not applied.
 */
public final class Prim {
    private Prim() {
    }

    /**
     * @param factors    factor names, one per column of {@code x}
     * @param x          x[run][factor], finite numbers
     * @param success    whether each run passes the rule
     * @param alpha      share of the box's runs a peel removes (0 &lt; α &lt; 1)
     * @param minSupport share of all runs a box must keep (0 ≤ β &lt; 1)
     */
    public static PeelingTrajectory peel(List<String> factors, double[][] x, boolean[] success, double alpha,
                                         double minSupport) {
        check(alpha, minSupport);
        int d = factors.size();
        int n = x.length;
        double[] min = new double[d];
        double[] max = new double[d];
        for (int f = 0; f < d; f++) {
            final int ff = f;
            min[f] = Arrays.stream(x).mapToDouble(row -> row[ff]).min().orElse(Double.NaN);
            max[f] = Arrays.stream(x).mapToDouble(row -> row[ff]).max().orElse(Double.NaN);
        }
        int total = 0;
        for (boolean s : success) {
            total += s ? 1 : 0;
        }
        boolean[] in = new boolean[n];
        Arrays.fill(in, true);
        double[] lower = min.clone();
        double[] upper = max.clone();
        List<PeelingStep> steps = new ArrayList<>();
        steps.add(step(0, null, null, lower, upper, in, success, total));
        while (total > 0 && n > 0 && steps.get(steps.size() - 1).density() < 1) {
            Peel best = null;
            for (int f = 0; f < d; f++) {
                for (boolean low : new boolean[] {true, false}) {
                    Peel p = Peel.of(x, success, in, f, low, alpha);
                    if (p != null && p.kept >= minSupport * n && (best == null || p.betterThan(best))) {
                        best = p;
                    }
                }
            }
            if (best == null) {
                break;
            }
            best.apply(x, in, lower, upper);
            steps.add(step(steps.size(), factors.get(best.factor), best.low ? "low" : "high", lower, upper, in,
                    success, total));
        }
        return new PeelingTrajectory(factors, min, max, steps, alpha, minSupport);
    }

    /** Refuses a peeling share outside (0, 1) or a minimum support outside [0, 1), naming it. */
    public static void check(double alpha, double minSupport) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha: found " + alpha + ", allowed: 0 < alpha < 1");
        }
        if (!(minSupport >= 0 && minSupport < 1)) {
            throw new IllegalArgumentException("minimum support: found " + minSupport + ", allowed: 0 ≤ support < 1");
        }
    }

    private static PeelingStep step(int i, String factor, String side, double[] lower, double[] upper, boolean[] in,
                                    boolean[] success, int total) {
        int cases = 0;
        int hits = 0;
        for (int r = 0; r < in.length; r++) {
            cases += in[r] ? 1 : 0;
            hits += in[r] && success[r] ? 1 : 0;
        }
        return new PeelingStep(i, factor, side, lower, upper, cases, hits, total == 0 ? Double.NaN : (double) hits / total,
                cases == 0 ? Double.NaN : (double) hits / cases, in.length == 0 ? Double.NaN : (double) cases / in.length);
    }

    /** A candidate peel: runs of {@code factor} at or beyond {@code cut} leave the box. */
    private record Peel(int factor, boolean low, double cut, int kept, int hits) {
        static Peel of(double[][] x, boolean[] success, boolean[] in, int f, boolean low, double alpha) {
            double[] values = new double[in.length];
            int m = 0;
            for (int r = 0; r < in.length; r++) {
                if (in[r]) {
                    values[m++] = x[r][f];
                }
            }
            double[] sorted = Arrays.copyOf(values, m);
            Arrays.sort(sorted);
            int k = Math.max(1, (int) Math.ceil(alpha * m - 1e-9));
            double cut = low ? sorted[k - 1] : sorted[m - k];
            int kept = 0;
            int hits = 0;
            for (int r = 0; r < in.length; r++) {
                if (in[r] && (low ? x[r][f] > cut : x[r][f] < cut)) {
                    kept++;
                    hits += success[r] ? 1 : 0;
                }
            }
            return kept == 0 ? null : new Peel(f, low, cut, kept, hits);
        }

        boolean betterThan(Peel o) {
            double mine = (double) hits / kept;
            double theirs = (double) o.hits / o.kept;
            return mine > theirs || (mine == theirs && kept > o.kept);
        }

        void apply(double[][] x, boolean[] in, double[] lower, double[] upper) {
            double edge = low ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            for (int r = 0; r < in.length; r++) {
                if (in[r]) {
                    in[r] = low ? x[r][factor] > cut : x[r][factor] < cut;
                }
                if (in[r]) {
                    edge = low ? Math.min(edge, x[r][factor]) : Math.max(edge, x[r][factor]);
                }
            }
            if (low) {
                lower[factor] = edge;
            } else {
                upper[factor] = edge;
            }
        }
    }
}
