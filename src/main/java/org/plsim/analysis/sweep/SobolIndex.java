package org.plsim.analysis.sweep;

import org.plsim.analysis.EffectKey;

/**
 * Variance-based sensitivity of one output to one factor over a Sobol design: shares of the output's variance
 * across the design (unitless, 0 to 1 up to estimation error; a small negative S1 is noise around 0).
 *
 * @param factor     factor path
 * @param key        the outcome key (all grades)
 * @param output     {@link SobolAnalysis#EFFECT} (the paired effect, treatment − business as usual, in the
 *                   key's unit) or {@link SobolAnalysis#COST_PER_TENTH_SD} (dollars per student per 0.1 SD)
 * @param indices    S1 and ST with 95% bootstrap percentile intervals
 * @param samples    base samples N
 * @param runs       paired runs behind the indices (design points × replicates)
 * @param rank       1 for the largest ST on this key and output
 */
public record SobolIndex(String factor, EffectKey key, String output, SobolEstimate.Indices indices, int samples,
                         int runs, int rank) {
}
