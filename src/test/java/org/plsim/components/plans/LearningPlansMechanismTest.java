package org.plsim.components.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.model.component.GrantComponent;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.SchoolGroup;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;

/**
 * The mechanism on a hand-sized school (central evidence; no family conferences and no advisor PD unless a
 * test says so, so the plan's quality can be worked by hand: counselor share at 250:1 = 1.24 / 2.24 =
 * 0.553571, advisory share 30 / 60 × 0.5 (untrained) = 0.25, quality 0.5 × 0.553571 + 0.3 × 0.25 = 0.351786).
 */
class LearningPlansMechanismTest {
    private static final double HAND_QUALITY = 0.5 * (1.24 / 2.24) + 0.3 * 0.25;

    @Test
    void fallBuild_liftsEngagementAndCutsAbsence_byTheHandWorkedQuality() {
        FakeSchool school = new FakeSchool(new int[] {7}, new boolean[] {false}, 250);
        run(school, Map.of(), 1);
        assertEquals(0.10 * HAND_QUALITY, school.engagement[0], 1e-6);
        assertEquals(-0.10 * HAND_QUALITY, school.absenceOdds[0], 1e-6);
    }

    @Test
    void unreviewedPlan_losesHalfItsLiftInTheHalfLife() {
        FakeSchool school = new FakeSchool(new int[] {7}, new boolean[] {false}, 250);
        run(school, Map.of("reviews_per_year", 1), 27);   // built in week 0, 26 weeks of decay
        assertEquals(0.5 * 0.10 * HAND_QUALITY, school.engagement[0], 1e-5);
    }

    @Test
    void neverTouchesTestScoresDirectly() {
        FakeSchool school = new FakeSchool(new int[] {6, 8, 10, 12}, new boolean[4], 250);
        run(school, Map.of("family_conferences_per_year", 4, "advisor_pd_hours", 20), 36);
        for (double l : school.learning) {
            assertEquals(0.0, l, 0);
        }
    }

    @Test
    void courseTakingInGrades9To12_collegeStepsIn11And12Only() {
        FakeSchool school = new FakeSchool(new int[] {8, 9, 11, 12}, new boolean[4], 250);
        run(school, Map.of(), 36);
        assertEquals(0.0, school.completionOdds[0], 0);
        assertTrue(school.completionOdds[1] > 0 && school.completionOdds[2] > 0 && school.completionOdds[3] > 0);
        assertEquals(0.0, school.collegeOdds[0], 0);
        assertEquals(0.0, school.collegeOdds[1], 0);
        assertTrue(school.collegeOdds[2] > 0 && school.collegeOdds[3] > 0);

        FakeSchool without = new FakeSchool(new int[] {11, 12}, new boolean[2], 250);
        run(without, Map.of("college_steps", false), 36);
        assertEquals(0.0, without.collegeOdds[0] + without.collegeOdds[1], 0);
    }

    @Test
    void collegeSteps_accrueWithQuality_moreForLowIncomeStudents() {
        FakeSchool school = new FakeSchool(new int[] {12, 12}, new boolean[] {true, false}, 250);
        run(school, Map.of(), 1);
        // One week at the built quality: 0.20 log-odds a year × quality / 36 weeks.
        assertEquals(0.20 * HAND_QUALITY / 36, school.collegeOdds[1], 1e-7);
        assertEquals(1.5, school.collegeOdds[0] / school.collegeOdds[1], 1e-6);
    }

    @Test
    void mentoring_reinforcesThePlanAtReview() {
        FakeSchool school = new FakeSchool(new int[] {7, 7}, new boolean[2], 250);
        school.mentoring[0] = 1.0;
        run(school, Map.of(), 1);
        assertEquals(1.3, school.engagement[0] / school.engagement[1], 1e-5);
    }

    @Test
    void smallerCaseloads_andAddedCounselors_buildBetterPlans() {
        FakeSchool asca = new FakeSchool(new int[] {9}, new boolean[1], 250);
        FakeSchool national = new FakeSchool(new int[] {9}, new boolean[1], 482);
        FakeSchool helped = new FakeSchool(new int[] {9}, new boolean[1], 482);
        run(asca, Map.of(), 1);
        run(national, Map.of(), 1);
        run(helped, Map.of("added_counselors_per_1000_students", 1000.0 / 250 - 1000.0 / 482), 1);
        assertTrue(asca.engagement[0] > national.engagement[0] * 1.1);
        assertEquals(asca.engagement[0], helped.engagement[0], 1e-6, "482:1 plus 1.92 per 1,000 is 250:1");
    }

    @Test
    void familyConferences_raisePlanQuality() {
        int n = 40;
        FakeSchool none = new FakeSchool(new int[n], new boolean[n], 250);
        FakeSchool four = new FakeSchool(new int[n], new boolean[n], 250);
        java.util.Arrays.fill(none.grade, 8);
        java.util.Arrays.fill(four.grade, 8);
        run(none, Map.of(), 1);
        run(four, Map.of("family_conferences_per_year", 4), 1);
        assertTrue(mean(four.engagement) > mean(none.engagement) + 0.005);
    }

    @Test
    void beforeTheStartYear_orSwitchedOff_nothingHappens() {
        FakeSchool later = new FakeSchool(new int[] {7, 11}, new boolean[2], 250);
        run(later, Map.of("rollout", Map.of("start_year", 2)), 36);
        FakeSchool off = new FakeSchool(new int[] {7, 11}, new boolean[2], 250);
        run(off, Map.of("enabled", false), 36);
        for (FakeSchool s : List.of(later, off)) {
            assertEquals(0.0, mean(s.engagement) + mean(s.absenceOdds) + mean(s.completionOdds) + mean(s.collegeOdds), 0);
        }
    }

    /** Runs year 1 up to (not including) week {@code weeks} with central evidence and full fidelity. */
    private static void run(FakeSchool school, Map<String, Object> overrides, int weeks) {
        Map<String, Object> settings = new HashMap<>(Map.of("family_conferences_per_year", 0, "advisor_pd_hours", 0,
                "fidelity", Map.of("start", 1.0, "peak", 1.0), "rollout", Map.of("schools", "secondary")));
        settings.putAll(overrides);
        DistrictSpec d = new DistrictSpec("Tiny", List.of(new SchoolGroup("secondary", 1, 6, 12, 10)), 0.5, 0.1,
                0.1, 24, 250, 0, 0, 0.94);
        ScenarioSpec spec = Districts.scenario(d, 4, 1, List.of());
        GrantComponent c = new LearningPlansFactory().create(new ComponentSpec("learning_plans", settings), spec,
                TestEvidence.central());
        FakeSchool.Context ctx = new FakeSchool.Context(school);
        c.onRunStart(ctx);
        c.onYearStart(ctx);
        for (int w = 0; w < weeks; w++) {
            ctx.week = w;
            c.onWeek(ctx, school);
        }
    }

    private static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElse(0);
    }
}
