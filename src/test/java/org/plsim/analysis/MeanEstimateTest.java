package org.plsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeanEstimateTest {
    /** t(0.975, df = 2) from any printed table: 4.3027. */
    private static final double T_975_DF2 = 4.302652729911275;

    @Test
    void threeReplicates_giveTheHandWorkedMeanSdAndStudentTInterval() {
        // mean (0.1 + 0.2 + 0.3) / 3 = 0.2; squares 0.01 + 0 + 0.01 = 0.02; sd = sqrt(0.02 / 2) = 0.1
        // half-width = 4.302653 * 0.1 / sqrt(3) = 0.248414
        MeanEstimate e = MeanEstimate.of(new double[] {0.1, 0.2, 0.3});

        assertEquals(3, e.n());
        assertEquals(0.2, e.mean(), 1e-12);
        assertEquals(0.1, e.sd(), 1e-12);
        assertEquals(0.2 - 0.248414, e.ciLow(), 1e-6);
        assertEquals(0.2 + 0.248414, e.ciHigh(), 1e-6);
        assertTrue(e.hasInterval());
    }

    @Test
    void tQuantile_matchesThePrintedTable() {
        assertEquals(T_975_DF2, MeanEstimate.tQuantile(2, 0.95), 1e-9);
        assertEquals(2.262157, MeanEstimate.tQuantile(9, 0.95), 1e-6);
    }

    @Test
    void oneReplicate_hasAMeanButNoSdOrInterval() {
        MeanEstimate e = MeanEstimate.of(new double[] {0.7});

        assertEquals(0.7, e.mean());
        assertTrue(Double.isNaN(e.sd()));
        assertTrue(Double.isNaN(e.ciLow()) && Double.isNaN(e.ciHigh()));
        assertFalse(e.hasInterval());
    }

    @Test
    void identicalReplicates_giveAZeroWidthInterval() {
        MeanEstimate e = MeanEstimate.of(new double[] {0.0, 0.0, 0.0, 0.0});

        assertEquals(0.0, e.sd());
        assertEquals(0.0, e.ciLow());
        assertEquals(0.0, e.ciHigh());
    }

    @Test
    void noReplicates_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> MeanEstimate.of(new double[0]));
    }
}
