package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.analysis.EffectKey;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

class EquityTest {
    /** Business as usual: not low-income +0.30, low-income −0.30, so the income gap is 0.60. */
    private static double bau(EffectKey k) {
        return switch (k.group()) {
            case NOT_LOW_INCOME -> 0.30;
            case LOW_INCOME -> -0.30;
            default -> 0;
        };
    }

    @Test
    void aPlanHelpingLowIncomeStudentsMore_narrowsTheIncomeGap_aNegativeChange() {
        List<EffectKey> keys = List.of(Runs.key(1, Subject.MATH, Subgroup.NOT_LOW_INCOME, Measure.ACHIEVEMENT),
                Runs.key(1, Subject.MATH, Subgroup.LOW_INCOME, Measure.ACHIEVEMENT));
        // point 0 helps low-income students by 0.20 and the others by 0.10 (+0.01 in replicate 1 for both)
        // point 1 helps the not-low-income students more: the gap widens
        SweepRuns runs = Runs.of(2, 2, keys, (p, r, k) -> bau(k), (p, r, k) -> 0.01 * r
                + (k.group() == Subgroup.LOW_INCOME ? (p == 0 ? 0.20 : 0.05) : (p == 0 ? 0.10 : 0.15)));

        List<GapChange> gaps = Equity.of(runs);

        assertEquals(2, gaps.size(), "only the income gap has both its groups");
        GapChange narrowed = gaps.get(0);
        assertEquals(SubgroupGap.INCOME, narrowed.gap());
        assertEquals(0, narrowed.point());
        assertEquals(-0.10, narrowed.change().mean(), 1e-12);
        assertEquals(0.60, narrowed.bauGap().mean(), 1e-12);
        assertEquals(0.50, narrowed.treatmentGap().mean(), 1e-12);
        assertEquals(2, narrowed.change().n());
        assertTrue(gaps.get(1).change().mean() > 0, "point 1 widened the gap");
        assertEquals(0.10, gaps.get(1).change().mean(), 1e-12);
    }

    @Test
    void everyGap_putsTheHigherScoringGroupFirst() {
        assertEquals("not_low_income − low_income", SubgroupGap.INCOME.definition());
        assertEquals("prior_q4 − prior_q1", SubgroupGap.PRIOR_ACHIEVEMENT.definition());
        assertEquals("all − english_learner", SubgroupGap.ENGLISH_LEARNER.definition());
        assertEquals("all − disability", SubgroupGap.DISABILITY.definition());
    }
}
