package org.plsim.model.component;

import java.util.Map;
import java.util.TreeMap;

/**
 * The values of evidence-registry parameters for one replicate: central values, or draws from their
 * uncertainty ({@code --uncertainty evidence}), with a scenario's overrides applied. Both arms of a replicate
 * and every design point of a sweep see the same values for the same replicate. A component reads its
 * evidence parameters here, by registry id ({@code blended.effect_at_full_dosage}), when it is created.
 */
public interface EvidenceValues {
    /**
     * The value of parameter {@code id}.
     *
     * @throws IllegalArgumentException if the registry has no such parameter
     */
    double get(String id);

    /** A fixed table of values (tests, and the registry's own implementation). */
    static EvidenceValues of(Map<String, Double> values) {
        Map<String, Double> copy = new TreeMap<>(values);
        return id -> {
            Double v = copy.get(id);
            if (v == null) {
                throw new IllegalArgumentException("no evidence parameter '" + id + "' in the registry");
            }
            return v;
        };
    }
}
