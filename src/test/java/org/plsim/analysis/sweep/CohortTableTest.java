package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.GuardRail;
import org.plsim.analysis.MeanEstimate;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * A cohort of two grantees worked by hand: two years, three replicates, math and reading achievement in three
 * subgroups and aligned mastery for all students. Grantee 0 gains 0.05 + 0.01·r SD a year and spends
 * (200 + 10·r)·year dollars a student in year 1, 2; grantee 1 gains 0.40 SD a year (beyond the guard-rail) and
 * spends 300 a year.
 */
class CohortTableTest {
    static final int YEARS = 2;
    static final int REPLICATES = 3;
    static final List<Subgroup> GROUPS = List.of(Subgroup.ALL, Subgroup.LOW_INCOME, Subgroup.PRIOR_Q1);

    static List<EffectKey> keys() {
        List<EffectKey> k = new ArrayList<>();
        for (int y = 0; y <= YEARS; y++) {
            for (Subject s : Subject.TESTED) {
                for (Subgroup g : GROUPS) {
                    k.add(Runs.key(y, s, g, Measure.ACHIEVEMENT));
                }
                k.add(Runs.key(y, s, Subgroup.ALL, Measure.ALIGNED_MASTERY));
            }
            if (y >= 1) {
                k.add(Runs.key(y, Subject.ALL, Subgroup.ALL, Measure.COST));
            }
        }
        return k;
    }

    static double effect(int p, int r, EffectKey k) {
        if (k.measure() == Measure.COST) {
            return p == 0 ? (200 + 10 * r) * k.year() : 300;
        }
        double perYear = p == 0 ? 0.05 + 0.01 * r : 0.40;
        return k.year() * perYear * (k.measure() == Measure.ALIGNED_MASTERY ? 2 : 1);
    }

    static List<CohortEntry> cohort(int grantYears0) {
        SweepRuns runs = Runs.effects(2, REPLICATES, keys(), CohortTableTest::effect);
        Design design = new Design("c", Design.SCENARIOS, List.of(), List.of("small", "big"),
                List.of(List.of(), List.of()), new double[2][0], List.of());
        List<Grantee> grantees = List.of(
                new Grantee(0, "small", "Small", 500, 1e6, grantYears0, List.of("blended_learning"), 1, 0.5),
                new Grantee(1, "big", "Big", 900, Double.NaN, 2, List.of("partnerships"), 1, 1));
        return CohortTable.of(SweepResults.of(design, runs), runs, grantees);
    }

    @Test
    void eachGranteesRows_areTheLastYearsAchievementAndAlignedRows_byMeasureSubjectSubgroup() {
        CohortEntry small = cohort(2).get(0);
        assertEquals(YEARS, small.year());
        assertEquals(2 * GROUPS.size() + 2, small.rows().size(), "3 subgroups × 2 subjects + aligned × 2");
        assertTrue(small.rows().stream().allMatch(s -> s.key().year() == YEARS && s.key().grade() == Outcome.ALL_GRADES
                && s.point() == 0));
        assertEquals(List.of(Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL), List.of(small.rows().get(0).key().measure(),
                small.rows().get(0).key().subject(), small.rows().get(0).key().group()));
        assertEquals(Measure.ALIGNED_MASTERY, small.rows().get(small.rows().size() - 1).key().measure());
        MeanEstimate math = CohortTable.allStudents(small, Measure.ACHIEVEMENT, Subject.MATH).orElseThrow().effect();
        assertEquals(2 * 0.06, math.mean(), 1e-12, "two years at 0.05, 0.06, 0.07");
        assertTrue(math.hasInterval() && math.ciLow() < math.mean() && math.mean() < math.ciHigh());
    }

    @Test
    void costPerYear_isTheMeanOverTheGrantYearsRun_withAnInterval() {
        MeanEstimate twoYears = cohort(2).get(0).costPerYear();
        assertEquals(1.5 * 210, twoYears.mean(), 1e-9, "(1 + 2) / 2 × (200 + 10·r), mean over r");
        assertEquals(3, twoYears.n());
        assertTrue(twoYears.ciLow() < 315 && twoYears.ciHigh() > 315, "costs differ by replicate");
        assertEquals(210, cohort(1).get(0).costPerYear().mean(), 1e-9, "a one-year grant: year 1's cost only");
        assertEquals(300, cohort(2).get(1).costPerYear().mean(), 1e-9);
    }

    @Test
    void costPerTenthSd_isEachReplicatesCostToDate_overItsEffectInTenths_averaged() {
        PointSummary math = CohortTable.allStudents(cohort(2).get(0), Measure.ACHIEVEMENT, Subject.MATH).orElseThrow();
        double sum = 0;
        for (int r = 0; r < REPLICATES; r++) {
            sum += 3 * (200 + 10 * r) / (2 * (0.05 + 0.01 * r) / 0.1);
        }
        assertEquals(sum / REPLICATES, math.perTenthSd().mean(), 1e-9);
        assertEquals(3 * 210, math.costToDate(), 1e-9);
        PointSummary low = cohort(2).get(0).rows().stream().filter(s -> s.key().group() == Subgroup.LOW_INCOME)
                .findFirst().orElseThrow();
        assertNull(low.perTenthSd(), "cost per student is per enrolled student: all-students rows only");
    }

    @Test
    void aGranteeBeyondTheGuardRail_isFlagged_andTheOtherIsNot() {
        List<CohortEntry> c = cohort(2);
        assertEquals(List.of(), c.get(0).guardRails());
        assertEquals(List.of(GuardRail.ABOVE_PER_YEAR), c.get(1).guardRails());
    }
}
