package org.plsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

class GuardRailsTest {
    private static EffectSummary achievement(int year, Subject s, Subgroup g, double effect) {
        MeanEstimate e = MeanEstimate.of(new double[] {effect - 0.01, effect + 0.01});
        return new EffectSummary(new EffectKey(year, Outcome.ALL_GRADES, s, g, Measure.ACHIEVEMENT), e, e, e);
    }

    @Test
    void flagsAYearGainAboveThePerYearLimit_notACumulativeEffectBuiltOverYears() {
        // Cumulative 0.60 after two years of 0.30: within the limit each year; year 3 adds 0.40: flagged.
        List<EffectSummary> s = List.of(achievement(1, Subject.MATH, Subgroup.ALL, 0.30),
                achievement(2, Subject.MATH, Subgroup.ALL, 0.60), achievement(3, Subject.MATH, Subgroup.ALL, 1.00));
        List<GuardRail> flags = GuardRails.check(s, List.of(), List.of());
        assertEquals(1, flags.size(), flags.toString());
        assertEquals(GuardRail.ABOVE_PER_YEAR, flags.get(0).code());
        assertTrue(flags.get(0).message().contains("math, all students, year 3: +0.400 SD"), flags.get(0).message());
    }

    @Test
    void checksEverySubgroup_andPassesThroughEvidenceNotes() {
        List<EffectSummary> s = List.of(achievement(1, Subject.READING, Subgroup.ALL, 0.20),
                achievement(1, Subject.READING, Subgroup.PRIOR_Q1, 0.36));
        List<GuardRail> flags = GuardRails.check(s, List.of("x outside"), List.of("y beyond"));
        assertEquals(List.of(GuardRail.ABOVE_PER_YEAR, GuardRail.OUT_OF_RANGE, GuardRail.BEYOND_EVIDENCE),
                flags.stream().map(GuardRail::code).toList());
        assertTrue(flags.get(0).message().contains("prior_q1 students"));
    }

    @Test
    void oneFlagPerYearAndSubject_forAllStudentsWhenTheyAreAbove() {
        List<EffectSummary> s = List.of(achievement(1, Subject.MATH, Subgroup.ALL, 0.40),
                achievement(1, Subject.MATH, Subgroup.PRIOR_Q1, 0.60), achievement(1, Subject.MATH, Subgroup.LOW_INCOME, 0.50));
        List<GuardRail> flags = GuardRails.check(s, List.of(), List.of());
        assertEquals(1, flags.size(), flags.toString());
        assertTrue(flags.get(0).message().startsWith("math, all students, year 1: +0.400 SD"));
    }

    @Test
    void aPlanWithinTheEvidence_isNotFlagged() {
        assertTrue(GuardRails.check(List.of(achievement(1, Subject.MATH, Subgroup.ALL, 0.35)), List.of(), List.of())
                .isEmpty());
    }
}
