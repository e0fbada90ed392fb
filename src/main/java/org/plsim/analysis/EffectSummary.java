package org.plsim.analysis;

import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * One key summarized over replicates: each arm's mean and the paired effect's mean, SD and 95% interval.
 * The effect's interval is narrower than the arms' because common random numbers cancel most of the
 * replicate-to-replicate noise.
 */
public record EffectSummary(EffectKey key, MeanEstimate treatment, MeanEstimate bau, MeanEstimate effect) {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /** Replicates that had this key in both arms. */
    public int replicates() {
        return effect.n();
    }

    /**
     * Percentile points gained by a student at the 50th percentile, 100·Φ(effect) − 50 (EVIDENCE.md §8);
     * NaN unless the measure is in SD units.
     */
    public double percentileGain() {
        return key.inSdUnits() ? percentileGain(effect.mean()) : Double.NaN;
    }

    /** Kraft's (2020) band of the mean effect, for measures in SD units only. */
    public Optional<KraftBand> band() {
        return key.inSdUnits() ? Optional.of(KraftBand.of(effect.mean())) : Optional.empty();
    }

    /** 100·Φ(es) − 50: where a median student would stand after an effect of {@code es} SD, less 50. */
    public static double percentileGain(double es) {
        return 100 * STANDARD_NORMAL.cumulativeProbability(es) - 50;
    }
}
