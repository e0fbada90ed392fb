package org.plsim.analysis.sweep;

import java.util.List;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.MeanEstimate;

/**
 * A component's main effect, or a two-way interaction of two components, on one outcome key: the factorial
 * contrast formed within each replicate, summarized over replicates.
 *
 * @param term       the component name, or {@code a:b} for an interaction
 * @param components the one or two components of the term
 */
public record ComponentEffect(String term, List<String> components, EffectKey key, MeanEstimate estimate) {
    public ComponentEffect {
        components = List.copyOf(components);
    }

    public boolean isInteraction() {
        return components.size() == 2;
    }

    public String kind() {
        return isInteraction() ? "interaction" : "main";
    }

    /**
     * What an interaction says in words: "complement" (the pair does more together than apart: the 95%
     * interval lies above 0), "crowd out" (less: below 0), or "no clear interaction" (the interval spans 0,
     * or there is none); empty for a main effect. Negative and positive refer to the outcome's own scale.
     */
    public String reading() {
        if (!isInteraction()) {
            return "";
        }
        MeanEstimate e = estimate;
        if (e.hasInterval() && e.ciLow() > 0) {
            return "complement";
        }
        if (e.hasInterval() && e.ciHigh() < 0) {
            return "crowd out";
        }
        return "no clear interaction";
    }
}
