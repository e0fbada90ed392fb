package org.plsim.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;

/**
 * Pairs the two arms of one replicate key by key. Enrolment ({@link Measure#ENROLLMENT}) is left out: grant
 * components do not move students between schools, so its effect is always zero and would only pad the
 * tables. A key present in one arm only (a subgroup with no student in the other) has no pair and is
 * skipped.
 */
public final class PairedEffects {
    private PairedEffects() {
    }

    /** The pairs in the treatment arm's emission order, so output order follows the model's. */
    public static List<PairedEffect> pair(int replicate, long runSeed, List<Outcome> treatment, List<Outcome> bau) {
        Map<EffectKey, Double> bauByKey = index(bau);
        index(treatment); // rejects duplicate keys in the treatment arm too
        List<PairedEffect> pairs = new ArrayList<>(treatment.size());
        for (Outcome t : treatment) {
            EffectKey key = EffectKey.of(t);
            Double b = bauByKey.get(key);
            if (key.measure() != Measure.ENROLLMENT && b != null) {
                pairs.add(new PairedEffect(replicate, runSeed, key, t.value(), b));
            }
        }
        return pairs;
    }

    private static Map<EffectKey, Double> index(List<Outcome> arm) {
        Map<EffectKey, Double> byKey = new HashMap<>(arm.size() * 2);
        for (Outcome o : arm) {
            if (byKey.put(EffectKey.of(o), o.value()) != null) {
                throw new IllegalArgumentException("an arm reported " + EffectKey.of(o) + " twice");
            }
        }
        return byKey;
    }
}
