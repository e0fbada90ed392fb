package org.plsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.model.agent.School;
import org.plsim.model.observe.Outcome;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;

/**
 * The columns only grant components write are allocated only where a lever is live: never in a model without
 * components, nor in the business-as-usual arm whose reach-only components mark served students through
 * switched-off levers; in every school of a model with components. Runs go through summers (students move).
 */
class GrantSignalsWiringTest {
    private static final ComponentRegistry REGISTRY = ComponentRegistry.discover();

    @Test
    void businessAsUsualAlone_allocatesNoGrantSignals() {
        ScenarioSpec spec = plan();
        DistrictModel model = run(spec, List.of(), List.of());
        assertEveryoneHasSignals(model, false, "business as usual");
    }

    @Test
    void reachOnlyComponents_allocateNoGrantSignals_butStillMarkServedStudents() {
        ScenarioSpec spec = plan();
        List<Outcome> out = new ArrayList<>();
        DistrictModel model = new DistrictModel(spec, RandomStreams.runSeed(spec.seed(), 0), List.of(),
                REGISTRY.createAll(spec, TestEvidence.central()), out::add, 1);
        model.run();
        assertEveryoneHasSignals(model, false, "business-as-usual arm with reach-only components");
        assertTrue(out.stream().anyMatch(o -> o.group() == org.plsim.model.observe.Subgroup.SERVED),
                "the reach-only arm still marks whom the plan serves");
    }

    @Test
    void withComponents_everySchoolHasGrantSignals() {
        ScenarioSpec spec = plan();
        DistrictModel model = run(spec, REGISTRY.createAll(spec, TestEvidence.central()), List.of());
        assertEveryoneHasSignals(model, true, "all four components");
    }

    private static DistrictModel run(ScenarioSpec spec, List<org.plsim.model.component.GrantComponent> components,
            List<org.plsim.model.component.GrantComponent> reachOnly) {
        List<Outcome> out = new ArrayList<>();
        DistrictModel model = new DistrictModel(spec, RandomStreams.runSeed(spec.seed(), 0), components, reachOnly,
                out::add, 1);
        model.run();
        assertFalse(out.isEmpty());
        return model;
    }

    private static void assertEveryoneHasSignals(DistrictModel model, boolean expected, String what) {
        List<School> schools = model.district().schools();
        assertTrue(schools.size() > 1, "a district of several schools, so students move between them");
        for (School s : schools) {
            assertEquals(expected, s.hasGrantSignals(), what + ": school " + s.id());
        }
    }

    /** The small test district for two years, with all four components over every grade. */
    private static ScenarioSpec plan() {
        ScenarioSpec base = Districts.small(2);
        List<ComponentSpec> all = new ArrayList<>();
        for (String name : List.of("blended_learning", "learning_plans", "competency_progression", "partnerships")) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("rollout", Map.of("coverage", 0.5, "grades", "K-12"));
            all.add(new ComponentSpec(name, s));
        }
        return new ScenarioSpec(base.id(), base.title(), base.years(), base.weeksPerYear(), base.replicates(),
                base.seed(), base.district(), base.bau(), all);
    }
}
