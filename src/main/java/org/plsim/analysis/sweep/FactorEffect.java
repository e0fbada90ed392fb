package org.plsim.analysis.sweep;

import org.plsim.analysis.EffectKey;
import org.plsim.analysis.MeanEstimate;

/**
 * A numeric factor's linear effect on one outcome key: how much the outcome's effect changes as the factor
 * goes from its lowest to its highest value in the design, the other factors held fixed (the factor's
 * coefficient in a least-squares fit on factors scaled to [0, 1]), fitted per replicate and summarized
 * over replicates.
 */
public record FactorEffect(String factor, EffectKey key, double factorMin, double factorMax, MeanEstimate estimate) {
}
