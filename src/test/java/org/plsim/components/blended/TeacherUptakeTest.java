package org.plsim.components.blended;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.scenario.ComponentSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;

/** PD hours and coaching → adoption and proficiency rates (central: PD rate 0.6, gain 0.45, boost 0.5, 30 h). */
class TeacherUptakeTest {
    private static TeacherUptake uptake(Object hours, boolean coaching) {
        BlendedPlan plan = BlendedPlan.read(new ComponentSpec("blended_learning",
                Map.of("pd_hours_per_teacher", hours, "coaching", coaching)), Districts.small(1), TestEvidence.central());
        return TeacherUptake.of(plan, TestEvidence.central());
    }

    @Test
    void theReferenceDose_givesTheCommonRates_coachingRaisesProficiencyGain() {
        TeacherUptake u = uptake(30, true);
        assertEquals(0.6, u.pdRate(), 1e-12);
        assertEquals(0.45 * 1.5, u.proficiencyGain(), 1e-12);
        assertEquals(0.3, u.peerRate(), 1e-12);
        assertEquals(0.45, uptake(30, false).proficiencyGain(), 1e-12);
    }

    @Test
    void moreHours_actAsIndependentExposures_capped() {
        TeacherUptake u = uptake(60, true);
        assertEquals(1 - 0.4 * 0.4, u.pdRate(), 1e-12);
        assertEquals(Math.min(1.0, (1 - 0.55 * 0.55) * 1.5), u.proficiencyGain(), 1e-12);
        assertEquals(1.0, uptake(100, true).proficiencyGain(), 0.0);
    }

    @Test
    void noProfessionalDevelopment_noTakeUp() {
        TeacherUptake u = uptake(0, true);
        assertEquals(0.0, u.pdRate(), 0.0);
        assertEquals(0.0, u.proficiencyGain(), 0.0);
    }
}
