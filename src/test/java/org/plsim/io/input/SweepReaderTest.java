package org.plsim.io.input;

import org.plsim.io.yaml.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.experiment.sweep.ExpandedSweep;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Uncertainty;

/** Sweep files that read: defaults, points applied to the base, seeds, and the fingerprint. */
class SweepReaderTest {
    static final String GRID = """
            base: base.yaml
            design: factorial
            factors:
              district.class_size: {levels: [20, 28]}
              components.blended_learning.fidelity.peak: {levels: [0.7, 0.9]}
            """;

    @TempDir
    Path dir;

    @Test
    void defaults_comeFromTheFileNameAndTheBase() throws ScenarioException {
        ExpandedSweep plan = read("class-size-grid.yaml", GRID);
        assertEquals("class-size-grid", plan.sweepId());
        assertEquals("class-size-grid", plan.title());
        assertEquals(11L, plan.sweepSeed());
        assertEquals(new Replicates(2, null), plan.replicates());
        assertEquals(List.of(Measure.values()).subList(0, Measure.values().length - 1), plan.outputs().measures());
        assertEquals(List.of(Subgroup.values()), plan.outputs().subgroups());
        assertEquals("factorial", plan.designType());
        assertEquals(List.of("district.class_size", "components.blended_learning.fidelity.peak"), plan.factors());
    }

    @Test
    void eachPointsScenario_isTheBaseWithThePointsSettings_andTheSweepsSeed() throws ScenarioException {
        ExpandedSweep plan = read("grid.yaml", GRID + "seed: 5\nreplicates: 3\n");
        ScenarioSpec last = plan.scenario(3);
        assertEquals("class_size=28 peak=0.9", plan.points().get(3).label());
        assertEquals(28, last.district().classSize());
        assertEquals(Map.of("peak", 0.9), last.components().get(0).settings().get("fidelity"));
        assertEquals(Map.of("schools", List.of("middle")), last.components().get(0).settings().get("rollout"));
        for (int p = 0; p < 4; p++) {
            assertEquals(5L, plan.scenario(p).seed());
            assertEquals(3, plan.scenario(p).replicates());
            assertEquals("grid", plan.scenario(p).id());
        }
        assertEquals(RandomStreams.runSeed(5L, 2), plan.runSeed(2));
    }

    @Test
    void set_appliesToEveryPoint_andEvidenceFactorsOverrideTheirParameter() throws ScenarioException {
        ExpandedSweep plan = read("evidence.yaml", """
                base: base.yaml
                set:
                  uncertainty: none
                  years: 1
                design: {type: latin_hypercube, points: 5}
                factors:
                  evidence.implementation.scale_attenuation: {range: [0.33, 0.67]}
                """);
        for (int p = 0; p < 5; p++) {
            ScenarioSpec s = plan.scenario(p);
            assertEquals(Uncertainty.NONE, s.uncertainty());
            assertEquals(1, s.years());
            assertEquals(plan.points().get(p).settings().get("evidence.implementation.scale_attenuation"),
                    s.evidence().get("implementation.scale_attenuation"));
        }
    }

    @Test
    void componentMix_switchesTheMixOn_withTheBasesSettings() throws ScenarioException {
        ExpandedSweep plan = read("mix.yaml", """
                base: base.yaml
                design: {type: component_mix, components: [blended_learning, learning_plans]}
                set: {budget.total_dollars: 0}
                """);
        assertEquals(List.of("blended_learning", "learning_plans"), plan.factors());
        assertEquals(List.of("none", "blended_learning", "learning_plans", "blended_learning+learning_plans"),
                plan.points().stream().map(p -> p.label()).toList());
        assertTrue(plan.scenario(0).components().isEmpty());
        assertEquals(List.of("blended_learning", "learning_plans"),
                plan.scenario(3).components().stream().map(c -> c.name()).toList());
        assertEquals(Map.of("schools", List.of("middle")),
                plan.scenario(1).components().get(0).settings().get("rollout"));
        assertNull(plan.scenario(3).budget());
    }

    @Test
    void aBudgetThatScales_scalesEachPointsCoverage_whenThePointIsFirstUsed() throws ScenarioException {
        ExpandedSweep plan = read("budget.yaml", GRID + "set: {budget.total_dollars: 40000, budget.if_over: scale}\n");
        Map<?, ?> rollout = (Map<?, ?>) plan.scenario(0).components().get(0).settings().get("rollout");
        double coverage = ((Number) rollout.get("coverage")).doubleValue();
        assertTrue(coverage > 0 && coverage < 1, "scaled to fit $40,000 (the plan costs $54,300): " + coverage);
        assertTrue(plan.scenario(0) == plan.scenario(0), "scaled once, then kept");
    }

    @Test
    void adaptiveReplicates_takeTheirDefaults() throws ScenarioException {
        ExpandedSweep plan = read("adaptive.yaml", GRID + "replicates: {adaptive: {target_half_width: 0.02}}\n");
        Replicates r = plan.replicates();
        assertEquals(4, r.fixed());
        assertEquals(new Replicates.Adaptive(Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL, 2, 0.02, 64, 4),
                r.adaptive());
    }

    @Test
    void fingerprint_isTheSameForTheSameSweep_andChangesWithAnythingInIt() throws ScenarioException, IOException {
        String fp = read("a.yaml", GRID).fingerprint();
        assertEquals(64, fp.length());
        assertEquals(fp, read("a.yaml", GRID).fingerprint());
        assertEquals(fp, read("b.yaml", "id: a\n" + GRID).fingerprint(), "id given = file name");
        for (String changed : List.of(GRID.replace("[20, 28]", "[20, 27]"), GRID + "seed: 12\n",
                GRID + "replicates: 3\n", GRID + "title: other\n", GRID + "outputs: {by_grade: true}\n",
                GRID + "set: {years: 1}\n", GRID.replace("[0.7, 0.9]", "[0.9, 0.7]"))) {
            assertNotEquals(fp, read("a.yaml", changed).fingerprint(), changed);
        }
        Files.writeString(dir.resolve("base.yaml"), SweepFiles.BASE.replace("years: 2", "years: 3"));
        assertNotEquals(fp, SweepFiles.reader().read(dir.resolve("a.yaml")).fingerprint(), "the base changed");
    }

    @Test
    void fingerprint_ignoresWhereTheBaseLives_butTheTreeRecordsIt() throws ScenarioException, IOException {
        String fp = read("a.yaml", GRID).fingerprint();
        Path sub = Files.createDirectories(dir.resolve("bases"));
        Files.writeString(sub.resolve("tiny.yaml"), SweepFiles.BASE);
        Path moved = Files.writeString(dir.resolve("a.yaml"), GRID.replace("base.yaml", "bases/tiny.yaml"));
        ExpandedSweep plan = SweepFiles.reader().read(moved);
        assertEquals(fp, plan.fingerprint());
        assertEquals("bases/tiny.yaml", ((Map<?, ?>) plan.toTree().get("base")).get("file"));
        assertEquals(4, ((List<?>) plan.toTree().get("points")).size());
    }

    private ExpandedSweep read(String name, String text) throws ScenarioException {
        return SweepFiles.reader().read(SweepFiles.write(dir, name, text));
    }
}
