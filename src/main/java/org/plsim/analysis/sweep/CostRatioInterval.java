package org.plsim.analysis.sweep;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Cost per 0.1 SD as a ratio of means — mean cost over mean effect in tenths of an SD — with a percentile
 * bootstrap interval: the draws (replicates, cost and effect kept paired) are resampled with replacement
 * {@code resamples} times from a seeded stream, and the 2.5th and 97.5th percentiles (nearest rank) of the
 * resampled ratios bound it. A resample whose mean effect is 0 or below has no finite cost per 0.1 SD and
 * counts as +∞, so an interval whose upper end is not finite says the plan may not gain at all. Unlike
 * {@link CostPerTenthSd} (the mean of per-replicate ratios, refused when any replicate did not gain), this is
 * defined whenever the mean effect is positive.
 *
 * @param ratio  mean cost ÷ (mean effect / 0.1 SD), dollars per 0.1 SD; NaN when the mean effect is not positive
 * @param ciLow  2.5th percentile of the resampled ratios
 * @param ciHigh 97.5th percentile; +∞ when more than 2.5% of resamples did not gain
 */
public record CostRatioInterval(int draws, double meanCost, double meanEffect, double ratio, double ciLow,
                                double ciHigh, long seed, int resamples) {
    /** The seed recorded with every interval; any fixed value gives the same bytes on every machine. */
    public static final long SEED = 20_011_001L;
    public static final int RESAMPLES = 2000;

    public static CostRatioInterval of(double[] cost, double[] effect, long seed, int resamples) {
        int n = effect.length;
        double c = mean(cost);
        double e = mean(effect);
        SplittableRandom random = new SplittableRandom(seed);
        double[] ratios = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sc = 0;
            double se = 0;
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(n);
                sc += cost[pick];
                se += effect[pick];
            }
            ratios[b] = ratio(sc / n, se / n);
        }
        Arrays.sort(ratios);
        boolean any = n > 0 && resamples > 0;
        return new CostRatioInterval(n, c, e, ratio(c, e), any ? ratios[rank(0.025, resamples)] : Double.NaN,
                any ? ratios[rank(0.975, resamples)] : Double.NaN, seed, resamples);
    }

    private static double ratio(double cost, double effect) {
        return effect > 0 ? cost / (effect / 0.1) : Double.POSITIVE_INFINITY;
    }

    /** Nearest-rank index of percentile q among m sorted values. */
    static int rank(double q, int m) {
        return Math.max(0, (int) Math.ceil(q * m - 1e-9) - 1);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    @Override
    public double ratio() {
        return Double.isInfinite(ratio) ? Double.NaN : ratio;
    }
}
