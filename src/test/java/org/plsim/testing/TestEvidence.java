package org.plsim.testing;

import java.util.HashMap;
import java.util.Map;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.model.component.EvidenceValues;
import org.plsim.scenario.Uncertainty;

/** Evidence values for component tests: the built-in registry's central values, or draws from it. */
public final class TestEvidence {
    private TestEvidence() {
    }

    public static EvidenceValues central() {
        return EvidenceRegistry.builtIn().central();
    }

    /** Central values with some replaced. */
    public static EvidenceValues central(Map<String, Double> overrides) {
        return EvidenceRegistry.builtIn().values(Uncertainty.NONE, new HashMap<>(overrides), 0L);
    }

    /** Values drawn from the registry's uncertainty for run seed {@code runSeed}. */
    public static EvidenceValues drawn(long runSeed) {
        return EvidenceRegistry.builtIn().draw(runSeed);
    }
}
