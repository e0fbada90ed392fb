package org.plsim.components.blended;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.io.input.ScenarioReader;
import org.plsim.model.DistrictModel;
import org.plsim.model.component.CostLine;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.observe.Outcome;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.PairedHarness;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.testing.TestEvidence;

/** scenarios/components/blended_learning.yaml validates (as {@code plsim validate} would), costs and runs. */
class BlendedScenarioFileTest {
    private static final Path FILE = Path.of("scenarios/components/blended_learning.yaml");

    @Test
    void theScenario_validates_withOnlyBlendedLearningOn_costsSomething_andRuns() throws Exception {
        ComponentRegistry registry = ComponentRegistry.discover();
        ScenarioSpec spec = new ScenarioReader()
                .withCheck(s -> registry.createAll(s, TestEvidence.central()))
                .read(FILE);
        assertEquals(List.of("blended_learning"), spec.components().stream().map(ComponentSpec::name).toList());
        List<CostLine> costs = registry.factories().get("blended_learning")
                .costs(spec.components().get(0), spec, TestEvidence.central());
        double total = costs.stream().mapToDouble(CostLine::dollars).sum();
        assertTrue(total > 0 && costs.stream().allMatch(l -> l.year() <= spec.years()), costs.toString());

        List<GrantComponent> components = registry.createAll(spec, TestEvidence.central());
        List<Outcome> treatment = new ArrayList<>();
        List<Outcome> bau = new ArrayList<>();
        long seed = RandomStreams.runSeed(spec.seed(), 0);
        new DistrictModel(spec, seed, components, treatment::add, 1).run();
        new DistrictModel(spec, seed, List.of(), bau::add, 1).run();
        double effect = PairedHarness.value(treatment, spec.years(), Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL)
                - PairedHarness.value(bau, spec.years(), Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL);
        System.out.printf("blended_learning scenario: math effect year %d (all grades) %.4f; cost $%,.0f%n",
                spec.years(), effect, total);
        assertTrue(effect > 0 && effect < 0.35, "effect " + effect);
    }
}
