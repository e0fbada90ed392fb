package org.plsim.components.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plsim.testing.TestEvidence;

/** The unit learning curve, correctives and check error, worked by hand (values to 4 decimals). */
class MasteryModelTest {
    /** bau 0.75, β 0.5, corrective 0.15 of a unit, efficiency 4.5, κ 0.5, τ 0.1, diagnostic cut 0.5. */
    static final MasteryModel M = new MasteryModel(0.75, 0.5, 0.15, 4.5, 0.5, 0.1, 0.5);

    @Test
    void typicalStudent_mastersTheBusinessAsUsualShare_andTheAlignedScaleIsTheSlopeThere() {
        // λ₀ = −ln(1 − 0.75) = ln 4 = 1.3863; s = β λ₀ (1 − m₀) = 0.5 × 1.3863 × 0.25 = 0.1733
        assertEquals(1.3863, M.baseRate(), 1e-4);
        assertEquals(0.75, M.bauMastery(0), 1e-12);
        assertEquals(0.1733, M.scale(), 1e-4);
    }

    @Test
    void higherAchiever_learnsFaster_andPrerequisiteMasteryCountsAtItsWeight() {
        // z = 1: λ = 1.3863 e^0.5 = 2.2856, m = 1 − e^−2.2856 = 0.8983
        assertEquals(0.8983, MasteryModel.mastery(M.rate(1, 0), 1), 1e-4);
        // 2 aligned SD of prerequisite beyond BAU at κ = 0.5 are worth 1 SD of achievement
        assertEquals(M.rate(1, 0), M.rate(0, 2), 1e-12);
        assertTrue(M.bauMastery(-1) < M.bauMastery(0));
    }

    @Test
    void correctiveRound_closesAShareOfWhatIsMissing_scaledByProficiency() {
        // 1 − 0.25 exp(−4.5 × 1.3863 × 0.15) = 1 − 0.25 × 0.3923 = 0.9019
        assertEquals(0.9019, M.afterCorrective(0.75, M.baseRate(), 1.0), 1e-4);
        // a teacher at half proficiency: 1 − 0.25 exp(−0.4679) = 0.8434
        assertEquals(0.8434, M.afterCorrective(0.75, M.baseRate(), 0.5), 1e-4);
        assertEquals(0.75, M.afterCorrective(0.75, M.baseRate(), 0.0), 1e-12);
    }

    @Test
    void checkError_followsReliability_andAdaptiveSoftwareDataCutsIt() {
        // reliability 0.8: s √(0.2/0.8) = 0.1733 × 0.5 = 0.0866; full diagnostic data halves it
        assertEquals(0.0866, M.errorSd(0.8, 0), 1e-4);
        assertEquals(0.0433, M.errorSd(0.8, 1), 1e-4);
        assertTrue(M.errorSd(0.5, 0) > M.errorSd(0.95, 0));
    }

    @Test
    void evidenceRegistry_holdsEveryParameterTheModelReads() {
        MasteryModel m = MasteryModel.of(TestEvidence.central());
        assertTrue(m.bauMastery() > 0 && m.bauMastery() < 1);
        assertTrue(m.transferShare() >= 0 && m.transferShare() <= 0.2, "standardized transfer stays small");
    }
}
