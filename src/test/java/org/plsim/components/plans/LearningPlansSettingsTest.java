package org.plsim.components.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.io.input.ScenarioReader;
import org.plsim.model.DistrictModel;
import org.plsim.model.component.CostLine;
import org.plsim.model.observe.Outcome;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.SchoolGroup;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Violation;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;

/** Settings validation, the cost ingredients worked by hand, and the component's scenario file. */
class LearningPlansSettingsTest {
    private static final DistrictSpec SECONDARY = new DistrictSpec("Costs", List.of(
            new SchoolGroup("secondary", 1, 6, 12, 100)), 0.5, 0.1, 0.1, 25, 482, 0, 0, 0.94);

    @Test
    void everyBadSetting_isReportedAtOnce_withItsPath() {
        Map<String, Object> bad = Map.of("advisory_minutes_per_week", 200, "reviews_per_year", 0,
                "advisory_minute", 30, "college_steps", "yes",
                "rollout", Map.of("schools", List.of("nowhere"), "grades", "12-6"));
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> new LearningPlansFactory()
                .create(new ComponentSpec("learning_plans", bad), Districts.scenario(SECONDARY, 1, 1, List.of()),
                        TestEvidence.central()));
        Set<String> fields = e.violations().stream().map(Violation::field).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("advisory_minutes_per_week", "reviews_per_year", "advisory_minute",
                "college_steps", "rollout.schools", "rollout.grades")), fields, e.getMessage());
    }

    @Test
    void costs_workedByHand() {
        // 700 students in grades 6-12, class size 25: 28 advisors. Two grant years of three; sustained share 0.5.
        ScenarioSpec spec = Districts.scenario(SECONDARY, 3, 1, List.of());
        Map<String, Object> settings = Map.of("added_counselors_per_1000_students", 2.0, "grant_years", 2);
        List<CostLine> lines = new LearningPlansFactory().costs(new ComponentSpec("learning_plans", settings), spec,
                TestEvidence.central());
        assertEquals(1.4 * 70_000, dollars(lines, "counselors", 1), 1e-6);           // 2 per 1,000 × 700
        assertEquals(28 * 18 * 45.0, dollars(lines, "advisory_time", 1), 1e-6);      // 30 min × 36 weeks = 18 h
        assertEquals(700 * 2 * 20 / 60.0 * 45, dollars(lines, "family_conferences", 1), 1e-6);
        assertEquals(28 * 6 * 45.0, dollars(lines, "pd_coaching", 1), 1e-6);         // every advisor, 6 h
        assertEquals(28 * 0.16 * 6 * 45.0, dollars(lines, "pd_coaching", 2), 1e-6);  // new teachers only
        assertEquals(700 * 6.0, dollars(lines, "licenses", 1), 1e-6);
        assertEquals(700 / 7500.0 * 85_000, dollars(lines, "coordinator", 1), 1e-6);
        assertEquals(0.5 * 700 * 6.0, dollars(lines, "licenses", 3), 1e-6);          // after the grant
        lines.forEach(l -> assertFalse(l.basis().isBlank()));
    }

    @Test
    void noCosts_whenSwitchedOff_orBeforeTheStartYear() {
        ScenarioSpec spec = Districts.scenario(SECONDARY, 2, 1, List.of());
        assertTrue(new LearningPlansFactory().costs(new ComponentSpec("learning_plans", Map.of("enabled", false)),
                spec, TestEvidence.central()).isEmpty());
        List<CostLine> later = new LearningPlansFactory().costs(new ComponentSpec("learning_plans",
                Map.of("rollout", Map.of("start_year", 2))), spec, TestEvidence.central());
        assertTrue(later.stream().allMatch(l -> l.year() == 2) && !later.isEmpty());
        assertEquals(28 * 6 * 45.0, dollars(later, "pd_coaching", 2), 1e-6, "first year of plans trains everyone");
    }

    @Test
    void scenarioFile_validates_costs_andRuns() throws Exception {
        ComponentRegistry registry = ComponentRegistry.discover();
        ScenarioSpec spec = new ScenarioReader()
                .withCheck(s -> registry.createAll(s, TestEvidence.central()))
                .read(Path.of("scenarios/components/learning_plans.yaml"));
        assertEquals(List.of("learning_plans"), spec.components().stream().map(ComponentSpec::name).toList());
        List<CostLine> costs = registry.factories().get("learning_plans")
                .costs(spec.components().get(0), spec, TestEvidence.central());
        assertEquals(spec.years() * 6, costs.size());
        List<Outcome> out = new ArrayList<>();
        new DistrictModel(spec, RandomStreams.runSeed(spec.seed(), 0),
                registry.createAll(spec, TestEvidence.central()), out::add, 2).run();
        assertFalse(out.isEmpty());
    }

    private static double dollars(List<CostLine> lines, String ingredient, int year) {
        return lines.stream().filter(l -> l.ingredient().equals(ingredient) && l.year() == year)
                .mapToDouble(CostLine::dollars).sum();
    }
}
