package org.plsim.components.plans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plsim.testing.TestEvidence;

/** Plan quality worked by hand at the central evidence values (counselor 310 h a year, half points 1 h, 30 min, 1). */
class PlanQualityTest {
    private final PlanQuality pq = new PlanQuality(PlanEvidence.read(TestEvidence.central()));

    @Test
    void counselorShare_saturatesInHoursPerStudent() {
        // 250:1 -> 310/250 = 1.24 h a student -> 1.24 / 2.24; 482:1 -> 0.6432 h -> 0.6432 / 1.6432.
        assertEquals(1.24 / 2.24, pq.counselor(1.0 / 250), 1e-12);
        assertEquals(0.643154 / 1.643154, pq.counselor(1.0 / 482), 1e-6);
        assertEquals(0.0, pq.counselor(0), 0);
        assertTrue(pq.counselor(1.0 / 25) > 0.9, "Check & Connect's caseload of 25 is near saturation");
    }

    @Test
    void advisoryShare_isHalvedForAnUntrainedAdvisor() {
        assertEquals(0.5, pq.advisory(30, 1.0), 1e-12);   // 30 / (30 + 30)
        assertEquals(0.25, pq.advisory(30, 0.0), 1e-12);  // × untrained share 0.5
        assertEquals(0.0, pq.advisory(0, 1.0), 0);
    }

    @Test
    void familyShare_andAttendance() {
        assertEquals(2.0 / 3.0, pq.family(2), 1e-12);
        assertEquals(0.0, pq.family(0), 0);
        assertEquals(0.55, pq.attendance(false), 1e-12);
        assertEquals(0.44, pq.attendance(true), 1e-12);    // 0.55 × 0.8
    }

    @Test
    void quality_isTheWeightedMix_scaledByUptakeMentoringAndIntensity() {
        double c = 1.24 / 2.24;
        double mix = 0.5 * c + 0.3 * 0.25 + 0.2 * (2.0 / 3.0);   // 0.276786 + 0.075 + 0.133333 = 0.485119
        assertEquals(mix, pq.of(c, 0.25, 2.0 / 3.0, 0, 0, 1), 1e-12);
        assertEquals(mix * 1.3, pq.of(c, 0.25, 2.0 / 3.0, 0, 1, 1), 1e-12);
        assertEquals(mix * 1.3 * 0.5, pq.of(c, 0.25, 2.0 / 3.0, 0, 1, 0.5), 1e-12);
        double up = 2.0 / (1.0 + Math.exp(-0.4));                // engagement +1 SD: uptake 1.197
        assertEquals(mix * up, pq.of(c, 0.25, 2.0 / 3.0, 1, 0, 1), 1e-12);
        assertEquals(1.0, pq.of(1, 1, 1, 3, 1, 1), 0, "capped at 1");
    }

    @Test
    void unreviewedPlans_halveInTheHalfLife() {
        assertEquals(0.5, Math.pow(pq.weeklyRetention(), 26), 1e-12);
    }

    @Test
    void reviews_areEvenlySpaced_fromTheFallBuild() {
        assertArrayEquals(new int[] {0, 18}, weeks(PlanQuality.reviewWeeks(2, 36)));
        assertArrayEquals(new int[] {0, 12, 24}, weeks(PlanQuality.reviewWeeks(3, 36)));
        assertArrayEquals(new int[] {0, 9, 18, 27}, weeks(PlanQuality.reviewWeeks(4, 36)));
        assertArrayEquals(new int[] {0}, weeks(PlanQuality.reviewWeeks(1, 36)));
    }

    @Test
    void advisorPd_diminishingReturns() {
        assertEquals(0.6, PlanQuality.pdAdoptionRate(6, 6, 0.6), 1e-12);
        assertEquals(0.84, PlanQuality.pdAdoptionRate(12, 6, 0.6), 1e-12);
        assertEquals(0.0, PlanQuality.pdAdoptionRate(0, 6, 0.6), 0);
    }

    private static int[] weeks(boolean[] review) {
        return java.util.stream.IntStream.range(0, review.length).filter(w -> review[w]).toArray();
    }
}
