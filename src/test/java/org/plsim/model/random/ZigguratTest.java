package org.plsim.model.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/** The ziggurat's draws are standard normal (checked against Commons Math), tails included, and reproducible. */
class ZigguratTest {
    private static final int DRAWS = 2_000_000;
    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

    private static double[] draws(long seed, int count) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = Ziggurat.next(rng);
        }
        return x;
    }

    @Test
    void meanAndSd_areThoseOfAStandardNormal() {
        double[] x = draws(11, DRAWS);
        double sum = 0;
        double squares = 0;
        for (double v : x) {
            sum += v;
            squares += v * v;
        }
        double mean = sum / DRAWS;
        double sd = Math.sqrt(squares / DRAWS - mean * mean);
        // Standard errors: 1/sqrt(n) = 0.0007 for the mean, 1/sqrt(2n) = 0.0005 for the SD; 5 of them allowed.
        assertEquals(0.0, mean, 5 / Math.sqrt(DRAWS));
        assertEquals(1.0, sd, 5 / Math.sqrt(2.0 * DRAWS));
    }

    @Test
    void tailShares_matchTheNormalCdf_beyondTheBaseLayerToo() {
        double[] x = draws(12, DRAWS);
        // 3.6 and 4.0 lie beyond the base layer's edge (3.44): only the tail method reaches them.
        for (double cut : new double[] {0.5, 1.0, 2.0, 3.0, 3.6, 4.0}) {
            long above = 0;
            long below = 0;
            for (double v : x) {
                above += v > cut ? 1 : 0;
                below += v < -cut ? 1 : 0;
            }
            double p = NORMAL.cumulativeProbability(-cut);
            double se = Math.sqrt(DRAWS * p * (1 - p));
            assertEquals(DRAWS * p, above, 5 * se + 1, "draws above " + cut);
            assertEquals(DRAWS * p, below, 5 * se + 1, "draws below -" + cut);
        }
    }

    @Test
    void kolmogorovSmirnov_doesNotRejectTheStandardNormal() {
        double[] x = draws(13, 200_000);
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(NORMAL, x);
        assertTrue(p > 0.001, "KS p-value " + p);
    }

    @Test
    void sameStream_sameDraws() {
        assertEquals(java.util.Arrays.toString(draws(14, 1000)), java.util.Arrays.toString(draws(14, 1000)));
    }
}
