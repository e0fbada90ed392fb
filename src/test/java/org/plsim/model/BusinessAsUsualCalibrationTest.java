package org.plsim.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.BusinessAsUsual;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.GrowthNorms;
import org.plsim.scenario.Grades;
import org.plsim.scenario.SchoolGroup;
import org.plsim.scenario.ScenarioSpec;

/**
 * Business as usual reproduces the national growth norms (Hill et al. 2008, EVIDENCE.md §1) for a large
 * cohort: 40 K-12 schools of 1,000 students a grade (40,000 a grade), second school year (after one round
 * of teacher turnover and a promotion).
 */
class BusinessAsUsualCalibrationTest {
    /** ±10% of the norm, as the issue asks … */
    private static final double RELATIVE_TOLERANCE = 0.10;
    /**
     * … but never tighter than 0.005 SD. This floor matters only for grade 12 math, whose norm is 0.01 SD:
     * 10% of it (0.001 SD) is below the sampling error of any feasible cohort (teacher value-added alone
     * gives a grade mean an SD of 0.13/√1,700 classrooms ≈ 0.003).
     */
    private static final double ABSOLUTE_FLOOR = 0.005;

    private static final List<Outcome> OUT = new ArrayList<>();
    private static final ScenarioSpec SPEC = new ScenarioSpec("calibration", "large cohort", 2, 36, 1, 7L,
            new DistrictSpec("Norm City", List.of(new SchoolGroup("k12", 40, 0, 12, 1000)),
                    0.5, 0.1, 0.13, 24, 400, 0.0, 0.0, 0.94),
            BusinessAsUsual.defaults(), List.of());

    @BeforeAll
    static void run() {
        new DistrictModel(SPEC, RandomStreams.runSeed(SPEC.seed(), 0), List.of(), OUT::add, 2).run();
    }

    @Test
    void meanAnnualGain_matchesHillNormsInEveryGradeAndSubject() {
        GrowthNorms norms = GrowthNorms.hillEtAl2008();
        List<Executable> checks = new ArrayList<>();
        for (Outcome o : OUT) {
            if (o.year() == 2 && o.measure() == Measure.GAIN && o.group() == Subgroup.ALL
                    && o.grade() != Outcome.ALL_GRADES) {
                double norm = norms.annual(o.subject() == Subject.MATH ? 0 : 1, o.grade());
                double tol = Math.max(RELATIVE_TOLERANCE * norm, ABSOLUTE_FLOOR);
                checks.add(() -> assertEquals(norm, o.value(), tol,
                        "grade " + Grades.label(o.grade()) + " " + o.subject().label() + " gain (SD/yr)"));
            }
        }
        assertEquals(2 * Grades.COUNT, checks.size(), "one gain per grade and subject");
        assertAll(checks.stream().map(c -> (org.junit.jupiter.api.function.Executable) c::execute));
    }

    @Test
    void attendance_matchesTheDistrictRateAndChronicAbsenceIsNearTheNationalShare() {
        Outcome att = find(2, Measure.ATTENDANCE, Subgroup.ALL);
        Outcome chronic = find(2, Measure.CHRONIC_ABSENCE, Subgroup.ALL);
        assertEquals(0.94, att.value(), 0.003, "attendance rate");
        // US: 14–16% chronically absent before 2020 (ED Civil Rights Data Collection 2013-14, 2015-16).
        assertTrue(chronic.value() > 0.12 && chronic.value() < 0.20, "chronic absence " + chronic.value());
        assertTrue(find(2, Measure.CHRONIC_ABSENCE, Subgroup.LOW_INCOME).value()
                > find(2, Measure.CHRONIC_ABSENCE, Subgroup.NOT_LOW_INCOME).value(), "low-income absent more");
    }

    @Test
    void withinGradeSpread_staysNearOneSd_andGapsPersist() {
        // A norm-referenced scale keeps the national SD at 1; the model's shocks and mean reversion must
        // not let the spread drift by much over two years. Checked through the subgroup gap, which should
        // stay close to the entry gap (0.70 SD for low income).
        double gap = find(2, Measure.ACHIEVEMENT, Subgroup.NOT_LOW_INCOME, Subject.MATH).value()
                - find(2, Measure.ACHIEVEMENT, Subgroup.LOW_INCOME, Subject.MATH).value();
        assertEquals(0.70, gap, 0.08, "low-income math gap after two years (SD)");
    }

    @Test
    void collegeFollowUp_matchesTheNationalSectorSplitAndDelayedEnrollment() {
        double fall = find(2, Measure.COLLEGE_ENROLLMENT, Subgroup.ALL).value();
        double twoYear = find(2, Measure.COLLEGE_TWO_YEAR, Subgroup.ALL).value();
        double fourYear = find(2, Measure.COLLEGE_FOUR_YEAR, Subgroup.ALL).value();
        assertEquals(fall, twoYear + fourYear, 1e-12, "every fall enrollee is at a two- or a four-year college");
        // NCES: 42 of 66 points at four-year colleges (2013); the intercept is solved for 0.64 in year 1.
        assertEquals(0.64, fourYear / fall, 0.03, "four-year share of fall enrollees");
        double graduates = find(2, Measure.GRADUATION, Subgroup.ALL).value();
        double within2 = find(2, Measure.COLLEGE_WITHIN_2, Subgroup.ALL).value();
        // NCES 2012-345: 78% of seniors enrolled within two years of scheduled graduation (here: of graduates).
        assertEquals(0.78, within2 / graduates, 0.04, "enrolled within 2 years, share of graduates");
        assertTrue(fall < find(2, Measure.COLLEGE_WITHIN_1, Subgroup.ALL).value() && within2
                < find(2, Measure.COLLEGE_WITHIN_4, Subgroup.ALL).value(), "later horizons add enrollees");
        assertTrue(OUT.stream().noneMatch(o -> o.measure() == Measure.COHORT_GRADUATION),
                "a two-year run has no cohort that entered grade 9 in the run and reached its fourth year");
    }

    @Test
    void highSchoolMilestones_matchTheDistrictGraduationAndCollegeRates() {
        Outcome grad = find(2, Measure.GRADUATION, Subgroup.ALL);
        Outcome college = find(2, Measure.COLLEGE_ENROLLMENT, Subgroup.ALL);
        Outcome onTrack = find(2, Measure.ON_TRACK, Subgroup.ALL);
        // Intercepts are solved on the year-0 high-school students; 40,000 seniors give an SE of 0.002.
        assertEquals(DistrictSpec.US_GRADUATION_RATE, grad.value(), 0.03, "share of seniors graduating");
        assertEquals(DistrictSpec.US_COLLEGE_RATE, college.value() / grad.value(), 0.03,
                "share of graduates enrolling in college");
        assertEquals(grad.value(), onTrack.value(), 0.04, "on track in grades 9-12 ≈ the graduation rate");
        assertEquals(4 * 40_000, onTrack.n(), "on-track is measured over grades 9-12");
        assertTrue(find(2, Measure.GRADUATION, Subgroup.LOW_INCOME).value()
                < find(2, Measure.GRADUATION, Subgroup.NOT_LOW_INCOME).value() - 0.05, "income gap in graduation");
        assertTrue(find(2, Measure.GRADUATION, Subgroup.PRIOR_Q1).value()
                < find(2, Measure.GRADUATION, Subgroup.PRIOR_Q4).value() - 0.10, "achievement gap in graduation");
    }

    @Test
    void priorQuartiles_followNationalCutPoints_andAlignedMasteryEqualsAchievementUnderBusinessAsUsual() {
        long all = find(0, Measure.ENROLLMENT, Subgroup.ALL).n();
        for (Subgroup q : Subgroup.QUARTILES) {
            double share = find(0, Measure.ENROLLMENT, q).n() / (double) all;
            // A district at the national mean with an SD near 1: each national quartile holds about a quarter.
            assertEquals(0.25, share, 0.03, q.label() + " share of students");
        }
        assertTrue(find(2, Measure.ACHIEVEMENT, Subgroup.PRIOR_Q1, Subject.MATH).value()
                < find(2, Measure.ACHIEVEMENT, Subgroup.PRIOR_Q4, Subject.MATH).value() - 1.5, "quartiles ordered");
        for (Subject s : Subject.TESTED) {
            assertEquals(find(2, Measure.ACHIEVEMENT, Subgroup.ALL, s).value(),
                    find(2, Measure.ALIGNED_MASTERY, Subgroup.ALL, s).value(), 1e-12, s.label());
        }
    }

    private static Outcome find(int year, Measure m, Subgroup g) {
        return find(year, m, g, Subject.ALL);
    }

    private static Outcome find(int year, Measure m, Subgroup g, Subject s) {
        return OUT.stream().filter(o -> o.year() == year && o.measure() == m && o.group() == g
                && o.subject() == s && o.grade() == Outcome.ALL_GRADES).findFirst().orElseThrow();
    }

    /** A checked executable, so the lambdas above can throw. */
    @FunctionalInterface
    private interface Executable {
        void execute() throws Throwable;
    }
}
