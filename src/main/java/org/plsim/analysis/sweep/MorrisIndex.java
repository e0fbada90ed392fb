package org.plsim.analysis.sweep;

import org.plsim.analysis.EffectKey;
import org.plsim.analysis.MeanEstimate;

/**
 * Morris's screening measures of one factor on one outcome key. An elementary effect is the change in the
 * replicate-mean effect over one trajectory step that moves this factor alone, divided by the step's length
 * as a share of the factor's design range; its unit is the outcome's unit per full range of the factor.
 *
 * @param steps      elementary effects of this factor (one per trajectory, usually)
 * @param muStar     μ*, the mean absolute elementary effect: overall importance
 * @param mu         μ, the mean signed elementary effect, with a t-interval over replicates (its mean equals
 *                   the μ of the replicate means, since μ is linear in the outcomes)
 * @param sigma      σ, the SD of the elementary effects (n − 1): interaction or non-linearity; NaN with one step
 * @param factorMin  the factor's lowest value in the design (the range's 0)
 * @param factorMax  its highest (the range's 1)
 * @param rank       1 for the largest μ* on this key
 */
public record MorrisIndex(String factor, EffectKey key, int steps, double muStar, MeanEstimate mu, double sigma,
                          double factorMin, double factorMax, int rank) {
}
