package org.plsim.bench.conventional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plsim.bench.BenchDistricts;
import org.plsim.model.DistrictModel;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.Grades;
import org.plsim.scenario.ScenarioSpec;

/**
 * The conventional MASON model implements the array model's business-as-usual rule: over 16 replicates of
 * each on the same district, mean annual gains per grade and subject (years 1 and 2, so turnover and
 * promotion are covered) and attendance rates, overall and by income, differ by less than 4.5 standard
 * errors of the difference. The district is chosen so each term of the rule moves a mean: attendance 0.88
 * (absence costs), baselines below the norm (mean reversion), many low-income students (absence odds).
 * Terms with mean zero — the spread of growth rates, yearly shocks and teacher value-added — move no
 * mean, so this test cannot see them; it checks the rule's expected path, not its variance.
 */
class ConventionalRuleAgreementTest {
    private static final int REPLICATES = 16;
    private static final int YEARS = 2;
    private static final double MAX_STANDARD_ERRORS = 4.5;
    private static final ScenarioSpec SPEC = spec();
    /** [replicate][year][subject][grade or Grades.COUNT for all grades], and [replicate][year] attendance. */
    private static final double[][][][] MODEL = new double[REPLICATES][YEARS + 1][2][Grades.COUNT + 1];
    private static final double[][][][] MASON = new double[REPLICATES][YEARS + 1][2][Grades.COUNT + 1];
    /** [replicate][year][0 all, 1 low-income, 2 not low-income]: share of days attended. */
    private static final double[][][] MODEL_ATTENDANCE = new double[REPLICATES][YEARS + 1][3];
    private static final double[][][] MASON_ATTENDANCE = new double[REPLICATES][YEARS + 1][3];
    private static final List<Subgroup> INCOME = List.of(Subgroup.ALL, Subgroup.LOW_INCOME, Subgroup.NOT_LOW_INCOME);

    private static ScenarioSpec spec() {
        ScenarioSpec base = BenchDistricts.ofSize(6_000, YEARS, 36);
        DistrictSpec d = new DistrictSpec("agreement", base.district().schools(), 0.70, 0.15, 0.13, 24, 450,
                -0.6, -0.4, 0.88);
        return new ScenarioSpec("agreement", "rule agreement", YEARS, 36, 1, 99L, d, base.bau(), List.of());
    }

    @BeforeAll
    static void runBoth() {
        for (int r = 0; r < REPLICATES; r++) {
            long seed = RandomStreams.runSeed(SPEC.seed(), r);
            List<Outcome> out = new ArrayList<>();
            new DistrictModel(SPEC, seed, List.of(), out::add, 1).run();
            for (Outcome o : out) {
                if (o.group() == Subgroup.ALL && o.year() > 0 && o.measure() == Measure.GAIN) {
                    int g = o.grade() == Outcome.ALL_GRADES ? Grades.COUNT : o.grade();
                    MODEL[r][o.year()][o.subject() == Subject.MATH ? 0 : 1][g] = o.value();
                } else if (INCOME.contains(o.group()) && o.grade() == Outcome.ALL_GRADES
                        && o.measure() == Measure.ATTENDANCE) {
                    MODEL_ATTENDANCE[r][o.year()][INCOME.indexOf(o.group())] = o.value();
                }
            }
            ConventionalModel m = new ConventionalModel(SPEC, seed);
            m.start();
            while (m.schedule.getSteps() < YEARS * 36L) {
                m.schedule.step(m);
            }
            m.finish();
            for (int y = 1; y <= YEARS; y++) {
                for (int s = 0; s < 2; s++) {
                    for (int g = 0; g < Grades.COUNT; g++) {
                        MASON[r][y][s][g] = m.meanGain(y, s, g);
                    }
                    MASON[r][y][s][Grades.COUNT] = m.meanGain(y, s);
                }
                MASON_ATTENDANCE[r][y][0] = m.attendance(y);
                MASON_ATTENDANCE[r][y][1] = m.attendance(y, true);
                MASON_ATTENDANCE[r][y][2] = m.attendance(y, false);
            }
        }
    }

    @Test
    void meanAnnualGain_perGradeAndSubject_agreesWithinStatedTolerance() {
        for (int y = 1; y <= YEARS; y++) {
            for (int s = 0; s < 2; s++) {
                for (int g = 0; g <= Grades.COUNT; g++) {
                    int year = y;
                    int subject = s;
                    int grade = g;
                    String what = String.format("year %d, %s, grade %s", y, s == 0 ? "math" : "reading",
                            g == Grades.COUNT ? "all" : Grades.label(g));
                    assertAgree(what, r -> MODEL[r][year][subject][grade], r -> MASON[r][year][subject][grade],
                            0.02);
                }
            }
        }
    }

    @Test
    void attendance_byIncome_agreesWithinStatedTolerance_andMatchesTheDistrictRate() {
        for (int y = 1; y <= YEARS; y++) {
            for (int k = 0; k < INCOME.size(); k++) {
                int year = y;
                int group = k;
                assertAgree("attendance, year " + y + ", " + INCOME.get(k).label(),
                        r -> MODEL_ATTENDANCE[r][year][group], r -> MASON_ATTENDANCE[r][year][group], 0.002);
            }
            assertEquals(0.88, MASON_ATTENDANCE[0][y][0], 0.01, "the intercept is solved to the district's rate");
        }
    }

    @Test
    void absences_countEachTwelveBitDayBelowTheThreshold() {
        long days = 0x123L | 0x800L << 12 | 0xFFFL << 24 | 0x000L << 36 | 0x7FFL << 48;
        assertEquals(0, Student.absences(days, 0));
        assertEquals(2, Student.absences(days, 0x124), "0x123 and 0x000 are below 0x124");
        assertEquals(4, Student.absences(days, 0x801));
        assertEquals(5, Student.absences(-1L, 4096), "every day is absent when the chance is 1");
    }

    private interface Value {
        double at(int replicate);
    }

    /**
     * |mean difference| below {@value #MAX_STANDARD_ERRORS} standard errors (Welch, replicate variances);
     * and the check has power: that standard error is below {@code maxSe}.
     */
    private static void assertAgree(String what, Value model, Value mason, double maxSe) {
        double[] a = moments(model);
        double[] b = moments(mason);
        double se = Math.sqrt(a[1] / REPLICATES + b[1] / REPLICATES);
        assertTrue(se < maxSe, what + ": standard error " + se + " is too large for the check to mean anything");
        double t = (a[0] - b[0]) / se;
        assertTrue(Math.abs(t) < MAX_STANDARD_ERRORS, String.format("%s: model %.4f, MASON %.4f, difference "
                + "%.4f = %.1f standard errors", what, a[0], b[0], a[0] - b[0], t));
    }

    private static double[] moments(Value v) {
        double mean = 0;
        for (int r = 0; r < REPLICATES; r++) {
            mean += v.at(r) / REPLICATES;
        }
        double ss = 0;
        for (int r = 0; r < REPLICATES; r++) {
            ss += (v.at(r) - mean) * (v.at(r) - mean);
        }
        return new double[] {mean, ss / (REPLICATES - 1)};
    }
}
