package org.plsim.io.input;

import org.plsim.io.yaml.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.ExpandedSweep;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Uncertainty;
import org.plsim.testing.TinyCohort;

/**
 * The scenarios design read: one point per scenario file in a fixed order, labelled with the scenario's id;
 * each point the whole file with {@code set} applied and the sweep's seed; a fingerprint that follows the
 * files' content, not their place.
 */
class CohortSweepReaderTest {
    @TempDir
    Path dir;

    ExpandedSweep read(Path sweep) throws ScenarioException {
        return SweepFiles.reader().read(sweep);
    }

    @Test
    void listedFilesKeepTheirOrder_aPatternsMatchesAreSortedByName_andLabelsAreScenarioIds() throws Exception {
        TinyCohort.write(dir);
        Files.createDirectories(dir.resolve("extra"));
        Files.writeString(dir.resolve("extra/zulu.yaml"), "id: own-id\n"
                + TinyCohort.scenario("Zulu", "partnerships", "K-8", 100_000));
        Path sweep = Files.writeString(dir.resolve("sweeps/ordered.yaml"), """
                design:
                  type: scenarios
                  files: [../extra/zulu.yaml, ../scenarios/*.yaml]
                """);
        ExpandedSweep plan = read(sweep);
        assertEquals(List.of("own-id", "alpha", "beta", "gamma"), plan.points().stream().map(DesignPoint::label).toList());
        assertEquals(List.of(0, 1, 2, 3), plan.points().stream().map(DesignPoint::index).toList());
        assertTrue(plan.points().stream().allMatch(p -> p.settings().isEmpty()), "no factor settings");
        assertEquals(List.of(), plan.factors());
        assertEquals("scenarios", plan.designType());
        assertEquals(List.of("../extra/zulu.yaml", "../scenarios/alpha.yaml", "../scenarios/beta.yaml",
                "../scenarios/gamma.yaml"), plan.spec().design().files());
        assertEquals(List.of("Zulu", "Alpha", "Beta", "Gamma"), List.of(plan.scenario(0).district().name(),
                plan.scenario(1).district().name(), plan.scenario(2).district().name(), plan.scenario(3).district().name()));
        assertEquals(plan.points(), read(sweep).points(), "the same expansion every time");
    }

    @Test
    void eachPoint_isItsWholeFile_withSetApplied_theSweepsSeed_andTheSharedReplicates() throws Exception {
        Path sweep = TinyCohort.write(dir);
        Files.writeString(sweep, TinyCohort.SWEEP.replace("uncertainty: none", """
                uncertainty: none
                  components.learning_plans.rollout.grades: 7-8
                seed: 99"""));
        ExpandedSweep plan = read(sweep);
        assertEquals(99L, plan.sweepSeed());
        assertEquals(new Replicates(2, null), plan.replicates(), "the count every file gives");
        for (int p = 0; p < 3; p++) {
            ScenarioSpec s = plan.scenario(p);
            assertEquals(99L, s.seed());
            assertEquals(Uncertainty.NONE, s.uncertainty());
            assertEquals(plan.points().get(p).label(), s.id(), "a point keeps its file's id");
        }
        assertEquals(Map.of("grades", "7-8"), plan.scenario(1).components().get(0).settings().get("rollout"),
                "beta runs learning plans: the set entry applies there");
        assertEquals("blended_learning", plan.scenario(0).components().get(0).name());
        assertEquals("3-8", ((Map<?, ?>) plan.scenario(0).components().get(0).settings().get("rollout")).get("grades"),
                "alpha does not run learning plans: untouched");
    }

    @Test
    void theBudget_scalesAPointOnFirstUse_andThePlannedScenarioKeepsThePlanAsWritten() throws Exception {
        ExpandedSweep plan = read(TinyCohort.write(dir));
        double planned = coverage(plan.plannedScenario(2));
        double funded = coverage(plan.scenario(2));
        assertEquals(1.0, planned);
        assertTrue(funded > 0 && funded < 1, "gamma's award is too small for its plan: " + funded);
        assertEquals(1.0, coverage(plan.scenario(0)), "alpha's plan fits its award");
    }

    @Test
    void theFingerprint_changesWhenAnInnerFileChanges_butNotWhenTheFilesMoveTogether() throws Exception {
        String before = read(TinyCohort.write(dir)).fingerprint();
        assertEquals(before, read(TinyCohort.write(dir.resolve("moved/elsewhere"))).fingerprint());
        Path beta = dir.resolve("scenarios/beta.yaml");
        Files.writeString(beta, "# a comment changes no number\n" + Files.readString(beta));
        assertEquals(before, read(dir.resolve("sweeps/cohort.yaml")).fingerprint());
        Files.writeString(beta, Files.readString(beta).replace("low_income_share: 0.6", "low_income_share: 0.7"));
        ExpandedSweep changed = read(dir.resolve("sweeps/cohort.yaml"));
        assertNotEquals(before, changed.fingerprint());
        assertEquals(0.7, changed.scenario(1).district().lowIncomeShare());
    }

    @Test
    void theManifestTree_recordsTheFilesAsWritten_andNoBase() throws Exception {
        Map<String, Object> tree = read(TinyCohort.write(dir)).toTree();
        assertNull(tree.get("base"));
        assertEquals(List.of("../scenarios/alpha.yaml", "../scenarios/beta.yaml", "../scenarios/gamma.yaml"),
                ((Map<?, ?>) tree.get("design")).get("files"));
        assertEquals(3, ((List<?>) tree.get("scenarios")).size());
    }

    static double coverage(ScenarioSpec s) {
        Map<?, ?> rollout = (Map<?, ?>) s.components().get(0).settings().get("rollout");
        return rollout.get("coverage") instanceof Number n ? n.doubleValue() : 1.0;
    }
}
