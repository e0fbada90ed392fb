package org.plsim.components.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.model.DistrictModel;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.PairedHarness;
import org.plsim.testing.TestEvidence;

/**
 * Dual-enrollment seats in the 120-student-a-grade test district's high school, full fidelity from year 1 (intensity
 * 1), central evidence: 5.6 credits, +0.09 graduation and +0.15 college log-odds per seat-year.
 */
class DualEnrollmentTest {
    private static final double CREDITS = 5.6;

    private static ScenarioSpec district(int years, Map<String, Object> plan) {
        return Districts.scenario(Districts.k12(1, 120), years, 2, List.of(new ComponentSpec("partnerships", plan)));
    }

    private static double seniors(List<Outcome> out, int year, Measure m) {
        return out.stream().filter(o -> o.year() == year && o.grade() == 12 && o.measure() == m
                && o.group() == Subgroup.ALL).findFirst().orElseThrow().value();
    }

    @Test
    void everyReachedHighSchoolStudentWithASeat_earnsTheYearsCredits_seniorsCountingEveryYearHeld() {
        PairedHarness.Result r = PairedHarness.run(district(4, Plans.only("dual_enrollment_seats_per_100", 100,
                "rollout", Map.of("grades", "9-12"))), TestEvidence.central());
        for (int year = 1; year <= 4; year++) {
            // Year y's seniors have held a seat since year 1 (grade 13 - y): y seat-years.
            assertEquals(year * CREDITS, seniors(r.treatment().get(0), year, Measure.COLLEGE_CREDITS), 1e-4,
                    "credits of year " + year + "'s seniors");
            assertEquals(0.0, seniors(r.businessAsUsual().get(0), year, Measure.COLLEGE_CREDITS), "no seats, no credits");
        }
    }

    @Test
    void seatsRaiseGraduationAndCollege_forTheSameStudents_neverLowerThem() {
        PairedHarness.Result r = PairedHarness.run(district(4, Plans.only("dual_enrollment_seats_per_100", 100,
                "rollout", Map.of("grades", "9-12"))), TestEvidence.central());
        // Paired draws, and a seat only adds log-odds: no student graduates or enrolls in BAU and not with a seat.
        for (int rep = 0; rep < 2; rep++) {
            for (Measure m : List.of(Measure.GRADUATION, Measure.COHORT_GRADUATION, Measure.COLLEGE_ENROLLMENT,
                    Measure.COLLEGE_WITHIN_1, Measure.COLLEGE_WITHIN_2, Measure.COLLEGE_WITHIN_4)) {
                double effect = seniors(r.treatment().get(rep), 4, m) - seniors(r.businessAsUsual().get(rep), 4, m);
                assertTrue(effect >= 0, m.label() + " effect " + effect);
            }
        }
        double sum = 0;
        for (int rep = 0; rep < 2; rep++) {
            sum += seniors(r.treatment().get(rep), 4, Measure.COLLEGE_WITHIN_2)
                    - seniors(r.businessAsUsual().get(rep), 4, Measure.COLLEGE_WITHIN_2);
        }
        assertTrue(sum > 0, "four seat-years (+0.6 log-odds of college) move some graduates: " + sum);
    }

    @Test
    void halfTheSeats_giveAboutHalfTheCredits_toTheSameLotteryWinnersEachYear() {
        PairedHarness.Result r = PairedHarness.run(district(2, Plans.only("dual_enrollment_seats_per_100", 50,
                "rollout", Map.of("grades", "9-12"))), TestEvidence.central());
        double y1 = seniors(r.treatment().get(0), 1, Measure.COLLEGE_CREDITS);
        double y2 = seniors(r.treatment().get(0), 2, Measure.COLLEGE_CREDITS);
        assertEquals(0.5 * CREDITS, y1, 0.15 * CREDITS, "about half the 120 seniors hold a seat");
        assertTrue(y2 > 1.5 * y1 && y2 < 2.5 * y1, "seats are kept: year-2 seniors held theirs two years " + y2);
    }

    @Test
    void zeroSeats_isTheDefault_andChangesNoOutcome() {
        ScenarioSpec without = district(2, Plans.only("mentors_per_100", 10));
        ScenarioSpec zero = district(2, Plans.only("mentors_per_100", 10, "dual_enrollment_seats_per_100", 0));
        assertEquals(treatmentOutcomes(without), treatmentOutcomes(zero));
    }

    private static List<Outcome> treatmentOutcomes(ScenarioSpec spec) {
        List<Outcome> out = new ArrayList<>();
        new DistrictModel(spec, RandomStreams.runSeed(spec.seed(), 0),
                ComponentRegistry.discover().createAll(spec, TestEvidence.central()), out::add, 1).run();
        return out;
    }
}
