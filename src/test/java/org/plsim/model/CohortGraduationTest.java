package org.plsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;

/** Four-year cohort graduation is reported only for cohorts whose grade-9 year is in the run. */
class CohortGraduationTest {
    @Test
    void cohortGraduation_appearsFromYear4_asTheSeniorsOfTheCohortThatEnteredGrade9InYear1() {
        ScenarioSpec spec = Districts.scenario(Districts.k12(1, 60), 5, 1, List.of());
        List<Outcome> out = new ArrayList<>();
        new DistrictModel(spec, RandomStreams.runSeed(spec.seed(), 0), List.of(), out::add, 1).run();
        List<Integer> years = out.stream().filter(o -> o.measure() == Measure.COHORT_GRADUATION
                && o.group() == Subgroup.ALL && o.grade() == Outcome.ALL_GRADES).map(Outcome::year).toList();
        assertEquals(List.of(4, 5), years, "years 1-3: their seniors entered grade 9 before the run");
        for (int year = 4; year <= 5; year++) {
            // No student leaves or repeats a grade before grade 12: the entry cohort is that year's seniors.
            assertEquals(value(out, year, Measure.GRADUATION), value(out, year, Measure.COHORT_GRADUATION));
            assertEquals(60, count(out, year, Measure.COHORT_GRADUATION), "the 60 students who entered grade 9");
        }
    }

    private static double value(List<Outcome> out, int year, Measure m) {
        return find(out, year, m).value();
    }

    private static long count(List<Outcome> out, int year, Measure m) {
        return find(out, year, m).n();
    }

    private static Outcome find(List<Outcome> out, int year, Measure m) {
        return out.stream().filter(o -> o.year() == year && o.measure() == m && o.group() == Subgroup.ALL
                && o.grade() == Outcome.ALL_GRADES).findFirst().orElseThrow();
    }
}
