package org.plsim.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The absence levers' log-odds ({@link School#movedLogOdds}, income term by index) are bit for bit the log-odds
 * the school works out afresh (intercept + {@code absenceLogitOffset} with its branch on income + shift).
 */
class MovedLogOddsTest {
    /** The form of {@code School.absenceLogOdds} and {@code absenceLogitOffset}, kept here to compare against. */
    private static double branched(double intercept, float propensity, int flags, double lowIncomeLogOdds,
            double engagementAbsence, float engagement, float shift) {
        double offset = propensity + ((flags & Students.LOW_INCOME) != 0 ? lowIncomeLogOdds : 0.0)
                - engagementAbsence * engagement;
        return intercept + offset + shift;
    }

    @Test
    void movedLogOdds_equalsTheBranchedFormExactly() {
        SplittableRandom rng = new SplittableRandom(20261207L);
        float[] odd = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, 1e30f, -1e30f};
        for (int trial = 0; trial < 2_000_000; trial++) {
            double intercept = -3 + 2 * rng.nextDouble();
            double lowIncome = Math.log(0.5 + 2 * rng.nextDouble());
            double engagementAbsence = rng.nextDouble();
            float propensity = (float) rng.nextGaussian();
            float engagement = (float) (2 * rng.nextGaussian());
            float shift = (float) (0.3 * rng.nextGaussian());
            if (trial % 7 == 0) {
                propensity = odd[rng.nextInt(odd.length)];
                shift = odd[rng.nextInt(odd.length)];
            }
            int flags = rng.nextInt(256);
            double[] incomeOdds = {0.0, lowIncome};
            double moved = School.movedLogOdds(intercept, propensity, incomeOdds[flags & Students.LOW_INCOME],
                    engagementAbsence, engagement, shift);
            double fresh = branched(intercept, propensity, flags, lowIncome, engagementAbsence, engagement, shift);
            assertEquals(Double.doubleToRawLongBits(fresh), Double.doubleToRawLongBits(moved),
                    () -> "log-odds differ: " + fresh + " vs " + moved);
        }
    }
}
