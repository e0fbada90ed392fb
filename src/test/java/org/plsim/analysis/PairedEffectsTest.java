package org.plsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

class PairedEffectsTest {
    private static Outcome math(int year, Subgroup group, double value) {
        return new Outcome(year, Outcome.ALL_GRADES, Subject.MATH, group, Measure.ACHIEVEMENT, value, 100);
    }

    private static Outcome enrolled(int year, long n) {
        return new Outcome(year, Outcome.ALL_GRADES, Subject.ALL, Subgroup.ALL, Measure.ENROLLMENT, n, n);
    }

    @Test
    void pairsArmsByKey_notByPosition_inTreatmentOrder() {
        List<Outcome> treatment = List.of(math(1, Subgroup.ALL, 0.30), math(1, Subgroup.LOW_INCOME, 0.10));
        List<Outcome> bau = List.of(math(1, Subgroup.LOW_INCOME, 0.05), math(1, Subgroup.ALL, 0.20));

        List<PairedEffect> pairs = PairedEffects.pair(4, 99L, treatment, bau);

        assertEquals(2, pairs.size());
        assertEquals(Subgroup.ALL, pairs.get(0).key().group());
        assertEquals(0.10, pairs.get(0).effect(), 1e-12);
        assertEquals(0.05, pairs.get(1).effect(), 1e-12);
        assertEquals(4, pairs.get(1).replicate());
        assertEquals(99L, pairs.get(1).runSeed());
    }

    @Test
    void enrolment_isLeftOut_forComponentsNeverMoveStudents() {
        List<PairedEffect> pairs = PairedEffects.pair(0, 1L, List.of(enrolled(1, 500), math(1, Subgroup.ALL, 0.3)),
                List.of(enrolled(1, 500), math(1, Subgroup.ALL, 0.2)));

        assertEquals(List.of(Measure.ACHIEVEMENT), pairs.stream().map(p -> p.key().measure()).toList());
    }

    @Test
    void aKeyMissingFromOneArm_hasNoPair() {
        List<Outcome> treatment = List.of(math(1, Subgroup.ALL, 0.3), math(1, Subgroup.DISABILITY, 0.1));

        List<PairedEffect> pairs = PairedEffects.pair(0, 1L, treatment, List.of(math(1, Subgroup.ALL, 0.2)));

        assertEquals(1, pairs.size());
    }

    @Test
    void anArmReportingAKeyTwice_isRejected() {
        List<Outcome> twice = List.of(math(1, Subgroup.ALL, 0.3), math(1, Subgroup.ALL, 0.3));

        assertThrows(IllegalArgumentException.class, () -> PairedEffects.pair(0, 1L, twice, List.of()));
    }

    @Test
    void summaries_averageOverReplicates_inFirstAppearanceOrder() {
        List<PairedEffect> effects = new ArrayList<>();
        double[] bau = {1.0, 1.5, 2.0};
        double[] gain = {0.1, 0.2, 0.3};
        for (int r = 0; r < 3; r++) {
            effects.addAll(PairedEffects.pair(r, r, List.of(math(2, Subgroup.ALL, bau[r] + gain[r]),
                    math(1, Subgroup.ALL, 0)), List.of(math(2, Subgroup.ALL, bau[r]), math(1, Subgroup.ALL, 0))));
        }

        List<EffectSummary> summaries = EffectSummaries.of(effects);

        assertEquals(List.of(2, 1), summaries.stream().map(s -> s.key().year()).toList());
        EffectSummary s = summaries.get(0);
        assertEquals(3, s.replicates());
        assertEquals(1.7, s.treatment().mean(), 1e-12);
        assertEquals(1.5, s.bau().mean(), 1e-12);
        assertEquals(0.2, s.effect().mean(), 1e-12);
        assertEquals(0.1, s.effect().sd(), 1e-12);
        assertEquals(-0.048414, s.effect().ciLow(), 1e-6);
        assertEquals(7.925971, s.percentileGain(), 1e-6);
    }

    @Test
    void headline_keepsAllStudentsInAllGrades_byYearThenMathBeforeReading() {
        Outcome reading1 = new Outcome(1, Outcome.ALL_GRADES, Subject.READING, Subgroup.ALL, Measure.ACHIEVEMENT, 0, 9);
        Outcome grade3 = new Outcome(1, 3, Subject.MATH, Subgroup.ALL, Measure.ACHIEVEMENT, 0, 9);
        List<Outcome> arm = List.of(math(2, Subgroup.ALL, 0), reading1, grade3, math(1, Subgroup.LOW_INCOME, 0),
                math(1, Subgroup.ALL, 0));

        List<EffectSummary> headline = EffectSummaries.headline(
                EffectSummaries.of(PairedEffects.pair(0, 0, arm, arm)), Measure.ACHIEVEMENT);

        assertEquals(List.of("1 MATH", "1 READING", "2 MATH"),
                headline.stream().map(s -> s.key().year() + " " + s.key().subject()).toList());
    }
}
