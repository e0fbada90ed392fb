package org.plsim.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The absence chance is the rounded logistic the weekly draw uses, and components see exactly that chance. */
class AbsenceChanceTest {
    @Test
    void threshold_isTheLogisticRoundedTo4096ths() {
        assertEquals(0, AbsenceChance.threshold(-40));
        assertEquals(2048, AbsenceChance.threshold(0));
        assertEquals(4096, AbsenceChance.threshold(40));
        // logistic(-2.75) = 0.06008665...: 246.1 of 4096
        assertEquals(246, AbsenceChance.threshold(-2.75));
        assertEquals(246 / 4096.0, AbsenceChance.chance(AbsenceChance.threshold(-2.75)));
    }

    @Test
    void chance_isAMultipleOf4096thsFrom0To1() {
        assertEquals(0.0, AbsenceChance.chance(0));
        assertEquals(1.0, AbsenceChance.chance(4096));
        assertEquals(0.25, AbsenceChance.chance(1024));
    }

    @Test
    void cuts_areTheLeastLogOddsOfEachThreshold() {
        for (int k = 1; k <= AbsenceChance.SCALE; k++) {
            double cut = AbsenceChance.Cuts.cut(k);
            assertTrue(AbsenceChance.Cuts.cut(k - 1) < cut, "cuts ascend at " + k);
            assertTrue(AbsenceChance.threshold(cut) >= k, "threshold at cut " + k);
            assertTrue(AbsenceChance.threshold(Math.nextDown(cut)) < k, "threshold below cut " + k);
        }
        assertEquals(Double.POSITIVE_INFINITY, AbsenceChance.Cuts.cut(AbsenceChance.SCALE + 1));
    }

    /** The fast move against the exact form: near every cut, from every nearby threshold, and at random. */
    @Test
    void move_isExactlyTheThresholdOfTheNewLogOdds() {
        for (int k = 1; k <= AbsenceChance.SCALE; k++) {
            double cut = AbsenceChance.Cuts.cut(k);
            for (double x : new double[] {Math.nextDown(cut), cut, Math.nextUp(cut)}) {
                int exact = AbsenceChance.threshold(x);
                for (int t = Math.max(0, k - 3); t <= Math.min(AbsenceChance.SCALE, k + 2); t++) {
                    assertEquals(exact, AbsenceChance.move(t, x), "x " + x + " from " + t);
                }
            }
        }
        SplittableRandom rng = new SplittableRandom(12);
        for (int n = 0; n < 2_000_000; n++) {
            double x = rng.nextDouble(-12, 12);
            int exact = AbsenceChance.threshold(x);
            int near = Math.max(0, Math.min(AbsenceChance.SCALE, exact + rng.nextInt(-3, 4)));
            assertEquals(exact, AbsenceChance.move(near, x), "x " + x + " from " + near);
            assertEquals(exact, AbsenceChance.move(rng.nextInt(AbsenceChance.SCALE + 1), x), "x " + x);
        }
        for (double x : new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN, -40, 40}) {
            for (int t : new int[] {0, 1, 2048, 4095, 4096}) {
                assertEquals(AbsenceChance.threshold(x), AbsenceChance.move(t, x), "x " + x + " from " + t);
            }
        }
    }
}
