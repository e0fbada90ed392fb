package org.plsim.components.blended;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Subject;
import org.plsim.testing.TestEvidence;

/** The learning rule, on numbers worked by hand (central evidence values). */
class AdaptiveSoftwareTest {
    private final AdaptiveSoftware adaptive = AdaptiveSoftware.read(TestEvidence.central(), Software.ADAPTIVE);
    private final AdaptiveSoftware managed = AdaptiveSoftware.read(TestEvidence.central(), Software.COMPUTER_MANAGED);

    @Test
    void doseResponse_isOneAtTheReferenceMinutes_zeroWithoutUse_andSaturates() {
        assertEquals(1.0, adaptive.doseResponse(90), 1e-12);
        assertEquals(0.0, adaptive.doseResponse(0), 0.0);
        // (1 − e^(−45/150)) / (1 − e^(−90/150)) = 0.259182 / 0.451188 = 0.574443
        assertEquals(0.574443, adaptive.doseResponse(45), 1e-6);
        // (1 − e^(−180/150)) / 0.451188 = 0.698806 / 0.451188
        assertEquals(1.548812, adaptive.doseResponse(180), 1e-6);
        assertTrue(adaptive.doseResponse(45) > 0.5 && adaptive.doseResponse(180) < 2.0, "concave");
    }

    @Test
    void matchWeight_growsWithDistanceFromTheLevelTaught_upToTheCap() {
        assertEquals(1.0, adaptive.matchWeight(0), 0.0);
        assertEquals(1.5, adaptive.matchWeight(-1.0), 1e-12);
        assertEquals(2.0, adaptive.matchWeight(3.5), 1e-12);
        assertEquals(1.0, managed.matchWeight(1.5), 0.0);
    }

    @Test
    void aYearAtTheReferenceDosage_givesTheEvidenceEffect_lessForComputerManagedSoftware() {
        double year = 0;
        for (int w = 0; w < 36; w++) {
            year += adaptive.weeklyLearning(Subject.MATH, 90, 36, 1.0, 1.0);
        }
        assertEquals(0.18, year, 1e-12);
        assertEquals(0.11, adaptive.effect(Subject.READING), 1e-12);
        assertEquals(0.18 * 0.44, managed.effect(Subject.MATH), 1e-12);
        assertEquals(0.5 * 0.18 / 36, adaptive.weeklyLearning(Subject.MATH, 90, 36, 0.5, 1.0), 1e-12);
    }

    @Test
    void diagnosticData_sharpensWithMinutes() {
        assertEquals(1 - Math.exp(-0.3), adaptive.diagnosticAfter(0, 90), 1e-12);
        assertEquals(1 - 0.5 * Math.exp(-0.3), adaptive.diagnosticAfter(0.5, 90), 1e-12);
        assertEquals(0.5, adaptive.diagnosticAfter(0.5, 0), 0.0);
    }
}
