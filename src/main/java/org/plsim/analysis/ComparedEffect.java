package org.plsim.analysis;

/**
 * One key of two plans compared: each plan's paired effect (plan minus business as usual) over replicates, and
 * the per-replicate difference B − A with its own 95% interval. A and B ran from the same run seeds, so the
 * difference is taken within each replicate, where the same students and draws cancel most of the noise.
 *
 * @param a                 plan A's effect over replicates
 * @param b                 plan B's effect over replicates
 * @param difference        B's effect minus A's, replicate by replicate, over replicates
 * @param separateHalfWidth the half-width B − A's interval would have had with A and B run from independent
 *                          seeds, {@code sqrt(a.halfWidth()² + b.halfWidth()²)} (see {@link PlanComparison})
 */
public record ComparedEffect(EffectKey key, MeanEstimate a, MeanEstimate b, MeanEstimate difference,
                             double separateHalfWidth) {
    /**
     * How many times narrower the paired interval is than {@link #separateHalfWidth}: 3 means the pairing made
     * the interval a third as wide. Infinite when A and B gave the same difference in every replicate (a paired
     * width of 0, e.g. two identical plans) while their effects varied; NaN with one replicate, or when neither
     * effect varied.
     */
    public double narrowing() {
        return separateHalfWidth / difference.halfWidth();
    }
}
