package org.plsim.components;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.analysis.GuardRail;
import org.plsim.analysis.GuardRails;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.PairedHarness;
import org.plsim.testing.TestEvidence;

/**
 * The four components together at their typical dosages, at high fidelity (fidelity 1, full coverage, PD
 * and coaching so that nearly every teacher adopts), at pilot size where nothing is attenuated: no year
 * adds more than 0.35 SD on standardized tests (EVIDENCE.md §0). The model adds the components' mechanisms
 * without a cap, so a plan that pushes every dosage to its maximum can go beyond that: the guard-rails
 * must then say so. And the same plan gains less per student at district scale.
 */
class AllFourComponentsTest {
    private static final Map<String, Object> FULL = Map.of("start", 1.0, "peak", 1.0, "ramp_years", 0);

    /** Typical dosages (the components' defaults), at high fidelity with PD and coaching for all. */
    static List<ComponentSpec> plan() {
        return List.of(
                new ComponentSpec("blended_learning", Map.of("fidelity", FULL, "pd_hours_per_teacher", 100,
                        "coaching", true)),
                new ComponentSpec("competency_progression", Map.of("fidelity", FULL, "pd_hours_per_teacher", 100,
                        "coaching", 1.0)),
                new ComponentSpec("learning_plans", Map.of("fidelity", FULL, "advisor_pd_hours", 40)),
                new ComponentSpec("partnerships", Map.of("fidelity", FULL)));
    }

    /** Every dosage at or near its maximum. */
    static List<ComponentSpec> extremePlan() {
        return List.of(
                new ComponentSpec("blended_learning", Map.of("fidelity", FULL, "pd_hours_per_teacher", 100,
                        "coaching", true, "adaptive_minutes_per_week", Map.of("math", 300, "reading", 300))),
                new ComponentSpec("competency_progression", Map.of("fidelity", FULL, "pd_hours_per_teacher", 200,
                        "coaching", 1.0, "pace_support", 1.0)),
                new ComponentSpec("learning_plans", Map.of("fidelity", FULL, "added_counselors_per_1000_students", 10,
                        "advisory_minutes_per_week", 120)),
                new ComponentSpec("partnerships", Map.of("fidelity", FULL, "tutoring_seats_per_100", 50,
                        "tutoring_hours_per_week", 5, "mentors_per_100", 50, "after_school_seats_per_100", 60,
                        "family_engagement", 1.0)));
    }

    private static ScenarioSpec scenario(DistrictSpec district, int years, int replicates) {
        return Districts.scenario(district, years, replicates, plan());
    }

    @Test
    void aPlanWithEveryDosageAtItsMaximum_goesBeyondTheCeiling_andTheGuardRailsSaySo() {
        ScenarioSpec spec = Districts.scenario(Districts.k12(1, 38), 1, 2, extremePlan())
                .withUncertainty(org.plsim.scenario.Uncertainty.NONE);
        org.plsim.reporting.RunReport report = org.plsim.reporting.RunReport.of(
                new ScenarioRunner(ComponentRegistry.discover(), 2).run(spec,
                        org.plsim.experiment.ProgressListener.NONE));
        double math = report.achievement().stream().filter(e -> e.key().year() == 1
                && e.key().subject() == Subject.MATH).findFirst().orElseThrow().effect().mean();
        System.out.printf("all four at maximum dosage, math, year 1: %+.3f SD; flags %s%n", math, report.guardRails());
        assertTrue(math > GuardRails.MAX_STANDARDIZED_PER_YEAR, "the extreme plan exceeds the ceiling: " + math);
        assertTrue(report.guardRails().stream().anyMatch(g -> g.code().equals(GuardRail.ABOVE_PER_YEAR)
                && g.message().startsWith("math, all students, year 1")), report.guardRails().toString());
        assertTrue(report.guardRails().stream().anyMatch(g -> g.code().equals(GuardRail.BEYOND_EVIDENCE)
                && g.message().startsWith("blended_learning: adaptive_minutes_per_week.math = 300 minutes")),
                report.guardRails().toString());
    }

    @Test
    void allFourAtHighFidelity_stayAtOrBelowTheEvidenceCeilingEveryYear() {
        // About 490 students (a pilot: no attenuation), four years, central evidence values.
        PairedHarness.Result r = PairedHarness.run(scenario(Districts.k12(1, 38), 4, 6), TestEvidence.central());
        for (Subject s : Subject.TESTED) {
            double before = 0;
            for (int y = 1; y <= 4; y++) {
                double effect = r.meanEffect(y, Measure.ACHIEVEMENT, s, Subgroup.ALL);
                double gained = effect - before;
                System.out.printf("all four, %s, year %d: effect %+.3f SD (this year %+.3f)%n", s.label(), y, effect,
                        gained);
                assertTrue(gained > 0.05, s.label() + " year " + y + ": the plan does something: " + gained);
                assertTrue(gained <= GuardRails.MAX_STANDARDIZED_PER_YEAR,
                        s.label() + " year " + y + ": " + gained + " SD in one year");
                before = effect;
            }
        }
    }

    @Test
    void theSamePlan_gainsMoreInASmallPilotThanAtDistrictScale() {
        PairedHarness.Result pilot = PairedHarness.run(scenario(Districts.k12(1, 30), 1, 4), TestEvidence.central());
        PairedHarness.Result district = PairedHarness.run(scenario(Districts.k12(16, 80), 1, 1),
                TestEvidence.central());
        for (Subject s : Subject.TESTED) {
            double small = pilot.meanEffect(1, Measure.ACHIEVEMENT, s, Subgroup.ALL);
            double large = district.meanEffect(1, Measure.ACHIEVEMENT, s, Subgroup.ALL);
            System.out.printf("all four, %s: pilot %+.3f SD, district %+.3f SD%n", s.label(), small, large);
            assertTrue(small > 1.3 * large && large > 0, s.label() + ": pilot " + small + " vs district " + large);
        }
    }
}
