package org.plsim.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The absence chance read off the table of cuts is round(4096 · logistic(x)), as the weekly draw needs it,
 * whichever threshold the search starts from; exactly so away from the rounding points (where the logistic's
 * own rounding could go either way, the table sends x to the higher chance, as halves round up).
 */
class AbsenceChanceTest {
    private static int direct(double x) {
        return (int) Math.round(4096.0 / (1.0 + Math.exp(-x)));
    }

    @Test
    void threshold_isTheRoundedLogistic_fromAnyStart() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int k = 0; k < 200_000; k++) {
            double x = rng.nextInt(4) == 0 ? rng.nextDouble(-12, 12) : -2.8 + 0.6 * rng.nextGaussian();
            double exact = 4096.0 / (1.0 + Math.exp(-x));
            if (Math.abs(exact - Math.floor(exact) - 0.5) < 1e-9) {
                continue; // at a rounding point: either side is right
            }
            int expected = direct(x);
            assertEquals(expected, AbsenceChance.threshold(x), "x=" + x);
            int from = rng.nextInt(4) == 0 ? rng.nextInt(0, 4097) : Math.max(0, Math.min(4096, expected + rng.nextInt(-2, 3)));
            assertEquals(expected, AbsenceChance.threshold(x, from), "x=" + x + " from " + from);
        }
    }

    @Test
    void threshold_stepsUpAtTheHalves() {
        for (int k = 1; k <= 4096; k++) {
            double cut = Math.log((k - 0.5) / (4096 - k + 0.5));
            assertEquals(k, AbsenceChance.threshold(Math.nextUp(Math.nextUp(cut))), "just above cut " + k);
            assertEquals(k - 1, AbsenceChance.threshold(Math.nextDown(Math.nextDown(cut))), "just below cut " + k);
        }
    }

    @Test
    void threshold_atTheEnds() {
        assertEquals(0, AbsenceChance.threshold(-40));
        assertEquals(4096, AbsenceChance.threshold(40));
        assertEquals(4096, AbsenceChance.threshold(Double.POSITIVE_INFINITY, 4096));
        assertEquals(4096, AbsenceChance.threshold(Double.POSITIVE_INFINITY, 0));
        assertEquals(0, AbsenceChance.threshold(Double.NEGATIVE_INFINITY, 4096));
        assertEquals(0, AbsenceChance.threshold(Double.NaN));
        assertTrue(AbsenceChance.chance(4096) == 1.0 && AbsenceChance.chance(0) == 0.0);
    }
}
