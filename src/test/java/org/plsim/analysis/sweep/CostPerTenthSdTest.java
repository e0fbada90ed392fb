package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.MeanEstimate;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

class CostPerTenthSdTest {
    @Test
    void perReplicateRatios_thenTheirMeanAndTInterval() {
        // effect 0.20 and 0.21 SD: mean 0.205, 95% CI 0.205 ± 12.706 × 0.00707 / √2 = [0.141, 0.269], above 0
        // $100 for 0.20 SD = $50 per 0.1 SD; $126 for 0.21 SD = $60: mean 55, sd √50, half-width 12.706 × 5
        MeanEstimate e = CostPerTenthSd.estimate(new double[] {100, 126}, new double[] {0.20, 0.21});

        assertEquals(55, e.mean(), 1e-9);
        assertEquals(Math.sqrt(50), e.sd(), 1e-9);
        assertEquals(55 - 12.706204736174698 * 5, e.ciLow(), 1e-6);
    }

    @Test
    void notEstimated_whenTheEffectIntervalReachesZero_orAnyReplicateDidNotGain() {
        assertNull(CostPerTenthSd.estimate(new double[] {100, 100}, new double[] {0.20, -0.01}));
        double[] mostlyGood = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, -0.01};
        assertTrue(MeanEstimate.of(mostlyGood).ciLow() > 0);
        assertNull(CostPerTenthSd.estimate(new double[10], mostlyGood));
    }

    @Test
    void oneReplicate_givesTheRatioWithoutAnInterval_whenItGained() {
        MeanEstimate e = CostPerTenthSd.estimate(new double[] {100}, new double[] {0.2});

        assertEquals(50, e.mean(), 1e-9);
        assertTrue(Double.isNaN(e.ciLow()));
        assertNull(CostPerTenthSd.estimate(new double[] {100}, new double[] {0}));
    }

    @Test
    void summaryRows_costToDateSumsTheYears_andTheRatioUsesIt() {
        // costs $100 in year 1 and $50 in year 2 per student; math effect 0.10 then 0.30 (+0.02 in replicate 1)
        EffectKey cost1 = Runs.key(1, Subject.ALL, Subgroup.ALL, Measure.COST);
        EffectKey cost2 = Runs.key(2, Subject.ALL, Subgroup.ALL, Measure.COST);
        SweepRuns runs = Runs.effects(1, 2, List.of(Runs.math(1), Runs.math(2), cost1, cost2), (p, r, k) ->
                k.equals(cost1) ? 100 : k.equals(cost2) ? 50 : (k.year() == 1 ? 0.10 : 0.30) + 0.02 * r);

        PointSummary year2 = PointSummaries.of(runs).stream().filter(s -> s.key().equals(Runs.math(2)))
                .findFirst().orElseThrow();

        assertEquals(150, year2.costToDate(), 1e-9);
        // 150 / 3 = 50 and 150 / 3.2 = 46.875
        assertEquals((50 + 46.875) / 2, year2.perTenthSd().mean(), 1e-9);
        assertEquals(0.31, year2.effect().mean(), 1e-12);
        assertTrue(year2.band().isPresent());
    }

    @Test
    void aPointWithoutCostRows_costsNothing_whenTheSweepKeptCosts() {
        // point 0 (no component) reported achievement but no cost row; point 1 cost $80 in year 1
        EffectKey cost1 = Runs.key(1, Subject.ALL, Subgroup.ALL, Measure.COST);
        SweepRuns runs = Runs.effects(2, 1, List.of(Runs.math(1), cost1),
                (p, r, k) -> k.equals(cost1) ? (p == 0 ? Double.NaN : 80) : 0.1 * p);

        CostToDate costs = new CostToDate(runs);

        assertEquals(0, costs.byReplicate(0, 1)[0], 1e-12);
        assertEquals(80, costs.byReplicate(1, 1)[0], 1e-12);
        assertTrue(Double.isNaN(costs.byReplicate(1, 2)[0]), "no cost key for year 2 at all");
    }
}
