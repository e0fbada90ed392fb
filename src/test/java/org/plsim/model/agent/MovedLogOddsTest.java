package org.plsim.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.plsim.model.random.RandomStreams;
import org.plsim.model.time.SchoolCalendar;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;

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

    @Test
    void levers_leaveEveryStudentTheChanceOfTheLogOddsWorkedOutAfresh() {
        ScenarioSpec spec = Districts.small(1);
        BusinessAsUsualRule rule = new BusinessAsUsualRule(spec.district(), spec.bau(),
                new SchoolCalendar(spec.years(), spec.weeksPerYear()));
        District district = new District(spec.district(), rule, new RandomStreams(42));
        district.schools().forEach(School::enableGrantSignals); // levers are pulled: as in a model with components
        district.startYear(1);
        SplittableRandom rng = new SplittableRandom(11);
        int lowIncome = 0;
        int others = 0;
        for (School school : district.schools()) {
            float[] shift = new float[school.size()]; // the fall sets every shift to 0
            for (int round = 0; round < 20; round++) {
                for (int i = 0; i < school.size(); i++) {
                    double engagement = 0.2 * rng.nextGaussian();
                    double odds = 0.2 * rng.nextGaussian();
                    switch (rng.nextInt(3)) {
                        case 0 -> school.addEngagement(i, engagement);
                        case 1 -> {
                            school.addAbsenceOdds(i, odds);
                            shift[i] += (float) odds;
                        }
                        default -> {
                            school.addEngagementAndAbsenceOdds(i, engagement, odds);
                            shift[i] += (float) odds;
                        }
                    }
                    double fresh = rule.absenceIntercept() + school.absenceLogitOffset(i) + shift[i];
                    assertEquals(AbsenceChance.chance(AbsenceChance.threshold(fresh)), school.absenceRate(i),
                            "student " + i + " of school " + school.id());
                    if (school.lowIncome(i)) {
                        lowIncome++;
                    } else {
                        others++;
                    }
                }
            }
        }
        assertTrue(lowIncome > 0 && others > 0, "both income groups moved: " + lowIncome + ", " + others);
    }
}
