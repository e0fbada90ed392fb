package org.plsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

class PlanComparisonTest {
    /** t(0.975, df = 2). */
    private static final double T2 = 4.302652729911275;
    private static final EffectKey MATH_Y1 = key(1, Subject.MATH);
    private static final EffectKey READING_Y1 = key(1, Subject.READING);

    private static EffectKey key(int year, Subject s) {
        return new EffectKey(year, Outcome.ALL_GRADES, s, Subgroup.ALL, Measure.ACHIEVEMENT);
    }

    /** Three replicates of one key; the run seed of replicate r is 100 + r. */
    private static List<PairedEffect> plan(EffectKey key, double... effects) {
        List<PairedEffect> out = new ArrayList<>();
        for (int r = 0; r < effects.length; r++) {
            out.add(new PairedEffect(r, 100 + r, key, -0.3 + effects[r], -0.3));
        }
        return out;
    }

    @Test
    void aHandWorkedExample_givesEachPlansEffect_theDifference_andHowMuchNarrowerItIs() {
        // A: 0.10, 0.20, 0.30 -> mean 0.2, sd 0.1;  B: 0.15, 0.27, 0.33 -> mean 0.25, sd sqrt(0.0168/2)
        // B - A: 0.05, 0.07, 0.03 -> mean 0.05, sd 0.02
        PlanComparison c = PlanComparison.of(plan(MATH_Y1, 0.10, 0.20, 0.30), plan(MATH_Y1, 0.15, 0.27, 0.33));

        ComparedEffect e = c.effects().get(0);
        assertEquals(MATH_Y1, e.key());
        assertEquals(0.2, e.a().mean(), 1e-12);
        assertEquals(0.25, e.b().mean(), 1e-12);
        assertEquals(0.05, e.difference().mean(), 1e-12);
        assertEquals(0.02, e.difference().sd(), 1e-9);
        double hwA = T2 * 0.1 / Math.sqrt(3);
        double hwB = T2 * Math.sqrt(0.0084) / Math.sqrt(3);
        double hwDiff = T2 * 0.02 / Math.sqrt(3);
        assertEquals(0.05 - hwDiff, e.difference().ciLow(), 1e-9);
        assertEquals(0.05 + hwDiff, e.difference().ciHigh(), 1e-9);
        assertEquals(Math.sqrt(hwA * hwA + hwB * hwB), e.separateHalfWidth(), 1e-9);
        // the t quantile cancels: sqrt(0.01 + 0.0084) / 0.02 = 6.78233
        assertEquals(Math.sqrt(0.0184) / 0.02, e.narrowing(), 1e-6);
        assertEquals(List.of(100L, 101L, 102L), c.runSeeds());
        assertEquals(3, c.replicates());
    }

    @Test
    void identicalPlans_differByExactlyZero_withAnIntervalOfZeroWidth() {
        List<PairedEffect> a = plan(MATH_Y1, 0.12, 0.08, 0.19);

        ComparedEffect e = PlanComparison.of(a, List.copyOf(a)).effects().get(0);

        assertEquals(0.0, e.difference().mean());
        assertEquals(0.0, e.difference().ciLow());
        assertEquals(0.0, e.difference().ciHigh());
        assertEquals(0.0, e.difference().halfWidth());
        assertTrue(e.separateHalfWidth() > 0);
        assertEquals(Double.POSITIVE_INFINITY, e.narrowing());
    }

    @Test
    void plansRunFromDifferentSeeds_areRefused() {
        List<PairedEffect> a = plan(MATH_Y1, 0.1, 0.2, 0.3);
        List<PairedEffect> b = new ArrayList<>();
        for (PairedEffect e : a) {
            b.add(new PairedEffect(e.replicate(), e.runSeed() + 1, e.key(), e.treatment(), e.bau()));
        }

        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> PlanComparison.of(a, b));
        assertTrue(x.getMessage().contains("different seeds"), x.getMessage());
    }

    @Test
    void plansWithDifferentReplicateCounts_areRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PlanComparison.of(plan(MATH_Y1, 0.1, 0.2, 0.3), plan(MATH_Y1, 0.1, 0.2)));
    }

    @Test
    void aKeyOnlyOnePlanReported_isLeftOut_andTheRestKeepPlanAsOrder() {
        List<PairedEffect> a = new ArrayList<>();
        a.addAll(plan(READING_Y1, 0.1, 0.2, 0.3));
        a.addAll(plan(MATH_Y1, 0.1, 0.2, 0.3));
        EffectKey cost = new EffectKey(1, Outcome.ALL_GRADES, Subject.ALL, Subgroup.ALL, Measure.COST);
        List<PairedEffect> b = new ArrayList<>();
        b.addAll(plan(MATH_Y1, 0.2, 0.2, 0.2));
        b.addAll(plan(cost, 900, 910, 920));
        b.addAll(plan(READING_Y1, 0.0, 0.0, 0.0));

        PlanComparison c = PlanComparison.of(a, b);

        assertEquals(List.of(READING_Y1, MATH_Y1), c.effects().stream().map(ComparedEffect::key).toList());
        assertEquals(List.of(MATH_Y1, READING_Y1),
                c.headline(Measure.ACHIEVEMENT).stream().map(ComparedEffect::key).toList());
        assertTrue(c.find(cost).isEmpty());
    }

    @Test
    void oneReplicate_hasADifferenceButNoInterval() {
        ComparedEffect e = PlanComparison.of(plan(MATH_Y1, 0.1), plan(MATH_Y1, 0.3)).effects().get(0);

        assertEquals(0.2, e.difference().mean(), 1e-12);
        assertTrue(Double.isNaN(e.difference().halfWidth()));
        assertTrue(Double.isNaN(e.narrowing()));
    }
}
