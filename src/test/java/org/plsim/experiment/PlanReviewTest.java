package org.plsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;

class PlanReviewTest {
    private static final ScenarioSpec PLAN = Districts.scenario(Districts.k12(2, 40), 2, 1,
            List.of(new ComponentSpec("competency_progression", Map.of("mastery_threshold", 0.95))));

    @Test
    void anEvidenceOverrideOutsideItsRange_andASettingBeyondTheStudies_areNoted() {
        ScenarioSpec spec = PLAN.withEvidence(Map.of("implementation.sustained_share", 0.95,
                "implementation.scale_attenuation", 0.6));
        PlanReview review = PlanReview.of(spec, spec, ComponentRegistry.discover(), EvidenceRegistry.builtIn());
        assertEquals(List.of("evidence.implementation.sustained_share = 0.95 share of grant-period intensity is "
                + "outside the registry's range [0.2, 0.8]"), review.outOfRange());
        assertEquals(1, review.beyondEvidence().size());
        assertTrue(review.beyondEvidence().get(0).startsWith("competency_progression: mastery_threshold = 0.95"),
                review.beyondEvidence().toString());
        assertTrue(review.costs().dollarsThrough(2) > 0, "the plan has costs");
    }
}
