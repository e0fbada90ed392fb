package org.plsim.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Each distribution's draws: in range, with the moments it promises (200,000 draws; tolerances stated). */
class DistributionTest {
    private static final int N = 200_000;

    @Test
    void triangular_hasItsModeAtTheCentralValue_andMeanOfTheThreePoints() {
        assertEquals(0.2, Distribution.triangular(0.2, 0.5, 0.9, 0.0), 1e-12);
        assertEquals(0.9, Distribution.triangular(0.2, 0.5, 0.9, 1.0), 1e-12);
        assertEquals(0.5, Distribution.triangular(0.2, 0.5, 0.9, 0.3 / 0.7), 1e-12);
        double[] m = moments(Distribution.TRIANGULAR, 0.2, 0.5, 0.9);
        assertEquals((0.2 + 0.5 + 0.9) / 3, m[0], 0.002);
        double sd = Math.sqrt((0.04 + 0.25 + 0.81 - 0.1 - 0.18 - 0.45) / 18);
        assertEquals(sd, m[1], 0.002);
    }

    @Test
    void triangular_withTheCentralValueAtAnEnd_staysInRange() {
        double[] m = moments(Distribution.TRIANGULAR, 0, 0, 1);
        assertEquals(1.0 / 3, m[0], 0.003);
    }

    @Test
    void normal_isCentredOnTheCentralValue_withTheRangeAsItsTruncated95PercentInterval() {
        double[] m = moments(Distribution.NORMAL, 0, 1, 2);
        assertEquals(1.0, m[0], 0.003);
        // SD (2 - 0) / 3.92, truncated at ±1.96 SD: variance factor 1 - 2·1.96·φ(1.96) / 0.95.
        double factor = 1 - 2 * 1.96 * Math.exp(-1.96 * 1.96 / 2) / Math.sqrt(2 * Math.PI) / 0.95;
        assertEquals(2 / 3.92 * Math.sqrt(factor), m[1], 0.003);
    }

    @Test
    void uniform_coversTheRangeEvenly() {
        double[] m = moments(Distribution.UNIFORM, 5, 10, 20);
        assertEquals(12.5, m[0], 0.05);
        assertEquals(15 / Math.sqrt(12), m[1], 0.05);
    }

    @Test
    void fixed_andAnEmptyRange_giveTheCentralValue() {
        SplittableRandom rng = new SplittableRandom(1);
        assertEquals(3.0, Distribution.FIXED.draw(1, 3, 5, rng));
        assertEquals(2.0, Distribution.NORMAL.draw(2, 2, 2, rng));
        assertEquals(2.0, Distribution.TRIANGULAR.draw(2, 2, 2, rng));
    }

    /** Mean and SD of N draws, each asserted within [low, high]. */
    private static double[] moments(Distribution d, double low, double central, double high) {
        SplittableRandom rng = new SplittableRandom(20120101L);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double x = d.draw(low, central, high, rng);
            assertTrue(x >= low && x <= high, d + " drew " + x);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / N;
        return new double[] {mean, Math.sqrt(sumSq / N - mean * mean)};
    }
}
