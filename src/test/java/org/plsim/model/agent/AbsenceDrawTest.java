package org.plsim.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The weekly absence draw is Binomial(5, q) up to the 1/4096 resolution of q. */
class AbsenceDrawTest {

    @Test
    void weeklyAbsences_followTheBinomialDistribution() {
        for (double q : new double[] {0.02, 0.06, 0.25, 0.5}) {
            int threshold = (int) Math.round(q * School.ABSENCE_SCALE);
            double qq = threshold / (double) School.ABSENCE_SCALE;
            int draws = 2_000_000;
            long[] counts = new long[6];
            SplittableRandom rng = new SplittableRandom(11);
            for (int i = 0; i < draws; i++) {
                counts[School.absences(rng.nextLong(), threshold)]++;
            }
            for (int k = 0; k <= 5; k++) {
                double p = binomial(5, k, qq);
                double se = Math.sqrt(p * (1 - p) / draws);
                // 5 standard errors: a wrong bit shift or comparison is off by far more.
                assertEquals(p, counts[k] / (double) draws, 5 * se + 1e-9, "q=" + q + ", k=" + k);
            }
        }
    }

    @Test
    void certainAndImpossibleAbsence() {
        assertEquals(0, School.absences(-1L, 0), "q = 0: never absent");
        assertEquals(5, School.absences(-1L, School.ABSENCE_SCALE), "q = 1: absent every day");
        assertEquals(5, School.absences(0L, 1), "all-zero bits fall below any positive threshold");
    }

    /** The register-parallel count is the sum of five separate comparisons, for every threshold 0–4096. */
    @Test
    void parallelCount_equalsFiveSeparateComparisons() {
        SplittableRandom rng = new SplittableRandom(5);
        long[] edges = {0L, -1L, 0x0FFF_FFFF_FFFF_FFFFL, 0x0000_0000_0000_0FFFL, 0x0FFF_0000_0000_0000L,
            0x0800_8008_0080_0800L, 0xF000_0000_0000_0000L};
        for (int t = 0; t <= School.ABSENCE_SCALE; t++) {
            for (long bits : edges) {
                assertEquals(separately(bits, t), School.absences(bits, t), "t=" + t + ", bits=" + bits);
            }
            for (int k = 0; k < 200; k++) {
                long bits = rng.nextLong();
                assertEquals(separately(bits, t), School.absences(bits, t), "t=" + t + ", bits=" + bits);
            }
        }
    }

    private static int separately(long bits, int threshold) {
        int absent = 0;
        for (int day = 0; day < 5; day++) {
            absent += ((bits >>> (12 * day)) & (School.ABSENCE_SCALE - 1)) < threshold ? 1 : 0;
        }
        return absent;
    }

    private static double binomial(int n, int k, double p) {
        double c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
        }
        return c * Math.pow(p, k) * Math.pow(1 - p, n - k);
    }
}
