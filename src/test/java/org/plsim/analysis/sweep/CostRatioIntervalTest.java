package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CostRatioIntervalTest {
    @Test
    void identicalDraws_giveTheRatioAndAnIntervalOfZeroWidth() {
        // $100 a year for 0.20 SD → $50 per 0.1 SD in every resample
        CostRatioInterval r = CostRatioInterval.of(new double[] {100, 100, 100}, new double[] {0.2, 0.2, 0.2}, 7, 500);
        assertEquals(50, r.ratio(), 1e-9);
        assertEquals(50, r.ciLow(), 1e-9);
        assertEquals(50, r.ciHigh(), 1e-9);
    }

    @Test
    void ratioOfMeans_isDefinedWhereAReplicateLost_andTheIntervalSaysItMayNotGain() {
        // draws ($100, +0.20 SD) and ($100, −0.10 SD): mean effect 0.05 → $100 / 0.5 = $200 per 0.1 SD.
        // A resample of two draws is (1,1) with probability 1/4 → $50, or (2,2) with probability 1/4 → no gain (+∞),
        // so the 2.5th percentile is $50 and the 97.5th is +∞ (2,000 resamples put ~500 at each end).
        CostRatioInterval r = CostRatioInterval.of(new double[] {100, 100}, new double[] {0.2, -0.1},
                CostRatioInterval.SEED, CostRatioInterval.RESAMPLES);
        assertEquals(200, r.ratio(), 1e-9);
        assertEquals(50, r.ciLow(), 1e-9);
        assertTrue(Double.isInfinite(r.ciHigh()));
        assertEquals(null, CostPerTenthSd.estimate(new double[] {100, 100}, new double[] {0.2, -0.1}),
                "the mean of per-replicate ratios is refused here");
    }

    @Test
    void theSameSeed_givesTheSameInterval() {
        double[] cost = {120, 90, 150, 100};
        double[] effect = {0.12, 0.08, 0.2, 0.1};
        assertEquals(CostRatioInterval.of(cost, effect, 3, 1000), CostRatioInterval.of(cost, effect, 3, 1000));
        assertEquals(0, CostRatioInterval.rank(0.025, 40));
        assertEquals(38, CostRatioInterval.rank(0.975, 40));
    }
}
