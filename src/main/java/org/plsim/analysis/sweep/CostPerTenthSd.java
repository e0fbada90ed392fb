package org.plsim.analysis.sweep;

import org.plsim.analysis.MeanEstimate;

/**
 * Cost per student per 0.1 SD with an interval (EVIDENCE.md §7): for each replicate, the plan's cost per
 * student through the year (its cumulative {@code cost_per_student} effect) divided by that replicate's
 * effect in tenths of an SD, then the mean, SD and t-interval of those ratios over replicates.
 *
 * <p>A ratio only means something when the plan helped: it is not estimated (null) when the effect's 95%
 * interval reaches 0 or below, or when any single replicate's effect is 0 or negative (its ratio would be
 * infinite or negative, and one such ratio swamps a mean). With one replicate there is no interval: the
 * ratio is given, without SD or interval, when that replicate's effect is positive.
 */
public final class CostPerTenthSd {
    private CostPerTenthSd() {
    }

    /**
     * @param costs   cumulative cost per student of each replicate, dollars
     * @param effects the same replicates' effects, SD units
     * @return the ratio's estimate over replicates, or null when not estimable
     */
    public static MeanEstimate estimate(double[] costs, double[] effects) {
        if (costs.length != effects.length || effects.length == 0) {
            return null;
        }
        MeanEstimate effect = MeanEstimate.of(effects);
        boolean helped = effect.hasInterval() ? effect.ciLow() > 0 : effect.mean() > 0;
        double[] ratios = new double[effects.length];
        for (int r = 0; r < effects.length; r++) {
            if (!(effects[r] > 0) || Double.isNaN(costs[r])) {
                return null;
            }
            ratios[r] = costs[r] / (effects[r] / 0.1);
        }
        return helped ? MeanEstimate.of(ratios) : null;
    }
}
