package org.plsim.components.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.io.input.ScenarioReader;
import org.plsim.model.DistrictModel;
import org.plsim.model.component.GrantComponent;
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
 * The component's scenario file validates (as {@code plsim validate} would, with the registry's central
 * values) and runs; and results do not depend on how many threads step the schools.
 */
class CompetencyScenarioTest {
    static final Path FILE = Path.of("scenarios/components/competency_progression.yaml");

    @Test
    void scenarioFile_validates_withOnlyThisComponentOn() throws Exception {
        ScenarioReader reader = new ScenarioReader()
                .withCheck(spec -> ComponentRegistry.discover().createAll(spec, TestEvidence.central()));
        ScenarioSpec spec = reader.read(FILE);
        List<GrantComponent> built = ComponentRegistry.discover().createAll(spec, TestEvidence.central());
        assertEquals(List.of(CompetencyProgression.NAME), built.stream().map(GrantComponent::name).toList());
        assertTrue(spec.district().students() >= 3_500 && spec.district().students() <= 4_500);
    }

    @Test
    void scenarioFile_runs_alignedUpStandardizedSmall() throws Exception {
        ScenarioSpec spec = new ScenarioReader().read(FILE).withReplicates(2);
        PairedHarness.Result r = PairedHarness.run(spec, TestEvidence.central());
        for (int year = 1; year <= spec.years(); year++) {
            double aligned = r.meanEffect(year, Measure.ALIGNED_MASTERY, Subject.MATH, Subgroup.ALL);
            double standardized = r.meanEffect(year, Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL);
            assertTrue(aligned > 0.1 && aligned < 0.8, "year " + year + " aligned " + aligned);
            assertTrue(standardized > 0 && standardized < 0.35, "year " + year + " standardized " + standardized);
        }
    }

    @Test
    void outcomes_doNotDependOnTheThreadCount() {
        ScenarioSpec spec = Districts.scenario(Districts.k12(3, 30), 2, 1,
                List.of(new ComponentSpec(CompetencyProgression.NAME, Map.of())));
        assertEquals(run(spec, 1), run(spec, 4));
    }

    private static List<Outcome> run(ScenarioSpec spec, int threads) {
        List<Outcome> out = new ArrayList<>();
        new DistrictModel(spec, RandomStreams.runSeed(spec.seed(), 0),
                ComponentRegistry.discover().createAll(spec, TestEvidence.central()), out::add, threads).run();
        return out;
    }
}
