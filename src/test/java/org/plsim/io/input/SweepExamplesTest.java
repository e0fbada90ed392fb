package org.plsim.io.input;

import org.plsim.io.yaml.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.model.observe.Measure;
import org.plsim.scenario.ScenarioSpec;

/** Every example sweep in scenarios/sweeps loads, and the three the issue asks for ask what they say. */
class SweepExamplesTest {
    static final Path SWEEPS = Path.of("scenarios/sweeps");

    static List<Path> sweepFiles() throws IOException {
        try (Stream<Path> files = Files.list(SWEEPS)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("sweepFiles")
    void everyExampleSweep_loads_andEveryPointRunsWithTheSweepSeed(Path file) throws ScenarioException {
        SweepPlan plan = new SweepReader().read(file);
        assertTrue(plan.points().size() > 1, file::toString);
        for (int i = 0; i < plan.points().size(); i++) {
            assertEquals(plan.sweepSeed(), plan.scenario(i).seed());
        }
    }

    @Test
    void componentMix_isTheSixteenMixesWithoutABudget() throws ScenarioException {
        SweepPlan plan = SweepReader.load(SWEEPS.resolve("component-mix.yaml"));
        assertEquals(16, plan.points().size());
        assertEquals("none", plan.points().get(0).label());
        assertEquals("blended_learning+learning_plans+competency_progression+partnerships",
                plan.points().get(15).label());
        ScenarioSpec all = plan.scenario(15);
        assertEquals(4, all.components().size());
        assertEquals(null, all.budget());
        assertTrue(plan.scenario(0).components().isEmpty());
    }

    @Test
    void dosageFidelity_isAFourByFourGridOfTwoFactors() throws ScenarioException {
        SweepPlan plan = SweepReader.load(SWEEPS.resolve("dosage-fidelity.yaml"));
        assertEquals(2, plan.factors().size());
        assertEquals(16, plan.points().size());
    }

    @Test
    void theRttdCohortSweeps_haveOnePointPerGrantee_labelledWithItsScenarioId() throws Exception {
        for (String year : List.of("2012", "2013")) {
            SweepPlan plan = SweepReader.load(SWEEPS.resolve("rttd-" + year + "-cohort.yaml"));
            List<String> ids;
            try (Stream<Path> files = Files.list(Path.of("scenarios/rttd-" + year))) {
                ids = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                        .map(n -> n.substring(0, n.length() - ".yaml".length())).toList();
            }
            assertEquals(year.equals("2012") ? 16 : 5, plan.points().size(), year);
            assertEquals(ids, plan.points().stream().map(p -> p.label()).toList(), "sorted by file name");
            assertEquals("scenarios", plan.designType());
            assertTrue(plan.factors().isEmpty());
            assertTrue(plan.outputs().measures().containsAll(List.of(Measure.ACHIEVEMENT, Measure.ALIGNED_MASTERY,
                    Measure.COST)), "what the cohort table needs");
        }
    }

    @Test
    void morrisEvidence_screensEvidenceParameters_overTheirRegistryRanges() throws ScenarioException {
        SweepPlan plan = SweepReader.load(SWEEPS.resolve("morris-evidence.yaml"));
        int k = plan.factors().size();
        assertTrue(k >= 6 && k <= 8, plan.factors()::toString);
        assertEquals(10 * (k + 1), plan.points().size());
        assertEquals(10, plan.trajectories().size());
    }

    @Test
    void sobolEvidence_isSaltellisDesignOverTheSameEightParameters_itsQuickVariantASmallDistrict()
            throws ScenarioException {
        SweepPlan plan = SweepReader.load(SWEEPS.resolve("sobol-evidence.yaml"));
        SweepPlan quick = SweepReader.load(SWEEPS.resolve("sobol-evidence-quick.yaml"));
        SweepPlan morris = SweepReader.load(SWEEPS.resolve("morris-evidence.yaml"));
        assertEquals(morris.factors(), plan.factors());
        assertEquals(plan.factors(), quick.factors());
        assertEquals("sobol", plan.designType());
        assertEquals(64 * (plan.factors().size() + 2), plan.points().size());
        assertEquals(4 * (plan.factors().size() + 2), quick.points().size());
        assertTrue(quick.scenario(0).district().students() <= 300, "a small district for the tests");
    }
}
