package org.plsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.testing.Districts;

/** The spec's uncertainty mode and overrides: defaults, withers that keep everything else, validation. */
class ScenarioSpecEvidenceTest {
    private final ScenarioSpec base = Districts.small(1);

    @Test
    void aSpecBuiltWithoutEvidenceFields_drawsEvidence_andOverridesNothing() {
        assertEquals(Uncertainty.EVIDENCE, base.uncertainty());
        assertEquals(Map.of(), base.evidence());
    }

    @Test
    void withers_changeOneFieldAndKeepTheOthers() {
        ScenarioSpec spec = base.withUncertainty(Uncertainty.NONE)
                .withEvidence(Map.of("implementation.sustained_share", 0.3)).withSeed(9).withReplicates(3)
                .withComponents(List.of(new ComponentSpec("extra_practice", Map.of())));
        assertEquals(Uncertainty.NONE, spec.uncertainty());
        assertEquals(Map.of("implementation.sustained_share", 0.3), spec.evidence());
        assertEquals(9, spec.seed());
        assertEquals(3, spec.replicates());
        assertEquals(Uncertainty.NONE, spec.businessAsUsual().uncertainty());
        assertEquals(List.of(), spec.businessAsUsual().components());
        assertEquals(spec.evidence(), spec.businessAsUsual().evidence());
    }

    @Test
    void overridesThatAreNotFiniteNumbers_andNoMode_areRefusedByField() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> base.withEvidence(Map.of("implementation.a", Double.NaN)));
        assertEquals("evidence.implementation.a", e.violations().get(0).field());
        assertEquals("uncertainty", assertThrows(InvalidSpecException.class, () -> base.withUncertainty(null))
                .violations().get(0).field());
    }
}
