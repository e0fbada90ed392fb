package org.plsim.analysis.sweep;

import java.util.Optional;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.KraftBand;
import org.plsim.analysis.MeanEstimate;

/**
 * One outcome key at one design point, summarized over the replicates that reported it.
 *
 * @param costToDate dollars per enrolled student spent in years 1 … year, mean over replicates; NaN outside
 *                   all-students, all-grades rows of a sweep with costs
 * @param perTenthSd dollars per student per 0.1 SD ({@link CostPerTenthSd}), or null when not estimable
 */
public record PointSummary(int point, EffectKey key, MeanEstimate treatment, MeanEstimate bau, MeanEstimate effect,
                           double costToDate, MeanEstimate perTenthSd) {
    public int replicates() {
        return effect.n();
    }

    /** Percentile points gained by a median student; NaN unless the measure is in SD units. */
    public double percentileGain() {
        return asEffectSummary().percentileGain();
    }

    /** Kraft's band of the mean effect, for SD-unit measures only. */
    public Optional<KraftBand> band() {
        return asEffectSummary().band();
    }

    /** The same numbers as the single-run summary type, for the guard-rail check and its conventions. */
    public EffectSummary asEffectSummary() {
        return new EffectSummary(key, treatment, bau, effect);
    }
}
