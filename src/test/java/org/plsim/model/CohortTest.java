package org.plsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.SchoolGroup;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;

/** Years roll over: students move up a grade and across school levels, graduates leave, entrants arrive. */
class CohortTest {

    @Test
    void aBalancedK12District_keepsItsEnrolmentAndEveryGradeSize() {
        // 2 elementary schools × 30 a grade feed one middle school and one high school of 60 a grade.
        List<Outcome> out = run(Districts.scenario(Districts.k12(2, 30), 4, 1, List.of()));
        for (int year = 0; year <= 4; year++) {
            assertEquals(13 * 60, students(out, year, Outcome.ALL_GRADES), "year " + year);
            for (int g = 0; g <= 12; g++) {
                assertEquals(60, students(out, year, g), "grade " + g + " in year " + year);
            }
        }
    }

    @Test
    void aMiddleSchoolOnlyDistrict_receivesANewSixthGradeEachYear_andSendsEighthGradersOn() {
        ScenarioSpec spec = Districts.scenario(new DistrictSpec("Middle only", List.of(
                new SchoolGroup("middle", 3, 6, 8, 50)), 0.6, 0.1, 0.1, 25, 400, 0, 0, 0.93), 3, 1, List.of());
        List<Outcome> out = run(spec);
        for (int year = 0; year <= 3; year++) {
            assertEquals(450, students(out, year, Outcome.ALL_GRADES));
            assertEquals(150, students(out, year, 6));
            assertEquals(0, students(out, year, 9), "ninth graders have left the district");
        }
    }

    @Test
    void feederMoves_keepACohortsAchievement_acrossTheMoveFromElementaryToMiddle() {
        // The grade-5 class of year 1 is the grade-6 class of year 2: its fall position equals its spring one
        // (nobody is dropped or duplicated in the move), so the year-2 grade-6 gain is a normal year's gain.
        List<Outcome> out = run(Districts.scenario(Districts.k12(3, 40), 2, 1, List.of()));
        double g5spring = value(out, 1, 5, Measure.ACHIEVEMENT);
        double g6spring = value(out, 2, 6, Measure.ACHIEVEMENT);
        assertEquals(g5spring, g6spring, 0.15, "the cohort's standing moves with it");
    }

    private static List<Outcome> run(ScenarioSpec spec) {
        List<Outcome> out = new ArrayList<>();
        new DistrictModel(spec, RandomStreams.runSeed(spec.seed(), 0), List.of(), out::add, 1).run();
        return out;
    }

    private static long students(List<Outcome> out, int year, int grade) {
        return out.stream().filter(o -> o.year() == year && o.grade() == grade && o.group() == Subgroup.ALL
                && o.measure() == Measure.ENROLLMENT).mapToLong(o -> (long) o.value()).findFirst().orElse(0);
    }

    private static double value(List<Outcome> out, int year, int grade, Measure m) {
        return out.stream().filter(o -> o.year() == year && o.grade() == grade && o.group() == Subgroup.ALL
                && o.measure() == m && o.subject() == org.plsim.model.observe.Subject.MATH)
                .findFirst().orElseThrow().value();
    }
}
