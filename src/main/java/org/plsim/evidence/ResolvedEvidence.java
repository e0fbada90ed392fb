package org.plsim.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plsim.model.component.EvidenceValues;
import org.plsim.scenario.Uncertainty;

/**
 * The registry resolved for one replicate: every parameter's value — central or drawn, overrides applied —
 * in registry order. What the components of both arms read, and what the run manifest records.
 *
 * @param mode           whether the values were drawn ({@code evidence}) or held central ({@code none})
 * @param registrySha256 SHA-256 of the registry file they came from
 * @param values         parameter id → value used, in registry order
 */
public record ResolvedEvidence(Uncertainty mode, String registrySha256, Map<String, Double> values)
        implements EvidenceValues {
    public ResolvedEvidence {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The value of parameter {@code id}.
     *
     * @throws IllegalArgumentException naming {@code id} when the registry has no such parameter
     */
    @Override
    public double get(String id) {
        Double v = values.get(id);
        if (v == null) {
            throw new IllegalArgumentException("no evidence parameter '" + id + "' in the registry (see plsim evidence)");
        }
        return v;
    }
}
