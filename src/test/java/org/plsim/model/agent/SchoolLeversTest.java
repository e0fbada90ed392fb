package org.plsim.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Subject;
import org.plsim.model.random.RandomStreams;
import org.plsim.model.time.SchoolCalendar;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;

/**
 * The school's levers in their faster forms give the numbers of their plain forms, bit for bit: the clamp to
 * [0, 1] by comparisons, the time shares worked out for every student at once, the subject's array index.
 */
class SchoolLeversTest {

    @Test
    void clampByComparisons_isMathMaxOfMathMin_forEveryKindOfDouble() {
        double[] edges = {Double.NaN, -0.0, 0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE,
            Math.nextDown(1.0), Math.nextUp(1.0), Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.longBitsToDouble(0x7ff8_0000_0000_0123L)};
        for (double v : edges) {
            assertSameBits(Math.max(0, Math.min(1, v)), School.clamp01(v), v);
        }
        SplittableRandom rng = new SplittableRandom(3);
        for (int k = 0; k < 1_000_000; k++) {
            double v = k % 2 == 0 ? 3 * rng.nextDouble() - 1.5 : Double.longBitsToDouble(rng.nextLong());
            assertSameBits(Math.max(0, Math.min(1, v)), School.clamp01(v), v);
        }
    }

    private static BusinessAsUsualRule rule(ScenarioSpec spec) {
        return new BusinessAsUsualRule(spec.district(), spec.bau(), new SchoolCalendar(spec.years(), spec.weeksPerYear()));
    }

    /** The district of {@code spec}, seed 42, with its first school year started. */
    private static District inFirstYear(ScenarioSpec spec, BusinessAsUsualRule rule) {
        District district = new District(spec.district(), rule, new RandomStreams(42));
        district.startYear(1);
        return district;
    }

    private static void assertSameBits(double expected, double actual, double v) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), "v = " + v);
    }

    @Test
    void timeShares_workedOutForAll_matchTheBudgetAskByAsk() {
        ScenarioSpec spec = Districts.small(1);
        BusinessAsUsualRule rule = rule(spec);
        District district = inFirstYear(spec, rule);
        School school = district.schools().get(0);
        school.enableGrantSignals();
        TimeBudget plain = new TimeBudget(rule.bau.studentGrantMinutes(), rule.bau.teacherGrantHours());
        plain.startYear(school.teacherCount());
        SplittableRandom rng = new SplittableRandom(7);
        int n = school.size();
        boolean cut = false;
        for (int round = 0; round < 400; round++) {
            // Asks and reads interleaved at random, as components' fall hooks and weeks may make them.
            switch (rng.nextInt(3)) {
                case 0 -> school.askStudentMinutes(rng.nextInt(n), rng.nextDouble() * rule.bau.studentGrantMinutes());
                case 1 -> {
                    int t = rng.nextInt(school.teacherCount());
                    double hours = rng.nextDouble() * rule.bau.teacherGrantHours();
                    school.askTeacherHours(t, hours);
                    plain.askTeacherHours(t, hours);
                }
                default -> {
                    for (int i = 0; i < n; i++) {
                        double expected = plain.share(school.students.grant.askedMinutes[i], school.teacherOf(i));
                        assertEquals(expected, school.timeShare(i), 0.0, "student " + i + ", round " + round);
                        cut |= expected < 1;
                    }
                }
            }
        }
        assertTrue(cut, "some asks went over a budget, so shares below 1 were compared too");
        district.startYear(2);
        for (int i = 0; i < school.size(); i++) {
            assertEquals(1.0, school.timeShare(i), 0.0, "a new year forgets the asks: student " + i);
        }
    }

    @Test
    void subjects_indexTheirOwnArrays_andAllIsRefused() {
        ScenarioSpec spec = Districts.small(1);
        BusinessAsUsualRule rule = rule(spec);
        District district = inFirstYear(spec, rule);
        School school = district.schools().get(0);
        double math = school.students.score[0][3];
        double reading = school.students.score[1][3];
        school.addLearning(Subject.MATH, 3, 0.25);
        school.addLearning(Subject.READING, 3, 0.5);
        assertEquals(math + 0.25, school.students.score[0][3], 0.0);
        assertEquals(reading + 0.5, school.students.score[1][3], 0.0);
        assertThrows(IllegalArgumentException.class, () -> school.addLearning(Subject.ALL, 3, 0.1));
    }

    @Test
    void achievement_againstNormsWorkedOutOnceAWeek_isAgainstTheRulesNormAtThatWeek() {
        ScenarioSpec spec = Districts.small(1);
        BusinessAsUsualRule rule = rule(spec);
        District district = inFirstYear(spec, rule);
        for (School school : district.schools()) {
            assertAgainstNorm(rule, school, 0);
            for (int week = 0; week < spec.weeksPerYear(); week++) {
                school.setWeek(week);
                school.step(null);
                assertAgainstNorm(rule, school, week + 1);
            }
        }
    }

    private static void assertAgainstNorm(BusinessAsUsualRule rule, School school, int weeks) {
        for (int i = 0; i < school.size(); i++) {
            for (int k = 0; k < 2; k++) {
                double plain = school.students.score[k][i] - rule.normAt(k, school.grade(i), weeks);
                assertEquals(plain, school.achievement(Subject.TESTED[k], i), 0.0,
                        "school " + school.id() + ", student " + i + ", after " + weeks + " weeks");
            }
        }
    }
}
