package org.plsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.design.Factor;
import org.plsim.io.input.ScenarioFormat;
import org.plsim.scenario.InvalidSpecException;

/** A point applied to the base tree: paths, list items, evidence ids, mixes; the base left untouched. */
class ScenarioPatchTest {
    @Test
    void set_reachesNestedFields_listItems_andGradeLabelledItems() {
        Map<String, Object> tree = ScenarioFormat.toTree(Sweeps.BASE);
        ScenarioPatch.set(tree, "district.class_size", 20);
        ScenarioPatch.set(tree, "district.schools[1].count", 2);
        ScenarioPatch.set(tree, "business_as_usual.growth_norms.math[K]", 1.2);
        assertEquals(20, map(tree, "district").get("class_size"));
        assertEquals(2, ((Map<?, ?>) ((List<?>) map(tree, "district").get("schools")).get(1)).get("count"));
        assertEquals(1.2, ((List<?>) map(map(tree, "business_as_usual"), "growth_norms").get("math")).get(0));
    }

    @Test
    void set_evidence_takesEverythingAfterEvidenceAsTheId() {
        Map<String, Object> tree = ScenarioFormat.toTree(Sweeps.BASE);
        ScenarioPatch.set(tree, "evidence.implementation.scale_attenuation", 0.4);
        assertEquals(Map.of("implementation.scale_attenuation", 0.4), tree.get("evidence"));
    }

    @Test
    void set_addsMissingMaps_forTheScenarioReaderToJudge() {
        Map<String, Object> tree = ScenarioFormat.toTree(Sweeps.BASE);
        ScenarioPatch.set(tree, "components.blended_learning.fidelity.peak", 0.9);
        assertEquals(Map.of("peak", 0.9), map(map(map(tree, "components"), "blended_learning"), "fidelity"));
    }

    @Test
    void set_throughAValue_orPastAListsEnd_namesThePath() {
        Map<String, Object> tree = ScenarioFormat.toTree(Sweeps.BASE);
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> ScenarioPatch.set(tree, "district.class_size.max", 1));
        assertEquals("district.class_size.max", e.violations().get(0).field());
        assertTrue(e.violations().get(0).allowed().contains("a path ending at district.class_size"));
        e = assertThrows(InvalidSpecException.class, () -> ScenarioPatch.set(tree, "district.schools[3].count", 1));
        assertTrue(e.violations().get(0).allowed().contains("[0] to [2]"), e::getMessage);
    }

    @Test
    void tree_leavesTheBaseUntouched_andSetsTheSweepsIdSeedAndReplicates() {
        SweepSpec s = Sweeps.of(Sweeps.factorial(),
                List.of(Factor.ofLevels("district.schools[0].count", List.of(3))), 99);
        Map<String, Object> before = ScenarioFormat.toTree(Sweeps.BASE);
        Map<String, Object> tree = ScenarioPatch.tree(s, Designs.expand(s).points().get(0));
        assertEquals(before, s.baseTree());
        assertEquals(3, ((Map<?, ?>) ((List<?>) map(tree, "district").get("schools")).get(0)).get("count"));
        assertEquals(99L, tree.get("seed"));
        assertEquals(3, tree.get("replicates"));
        assertEquals("test-sweep", tree.get("id"));
    }

    @Test
    void mix_keepsTheBasesSettingsForItsComponents_defaultsForOthers_andSkipsFactorsOfComponentsLeftOff() {
        SweepSpec s = Sweeps.of(Sweeps.mix("blended_learning", "partnerships"),
                List.of(Factor.ofLevels("components.blended_learning.pd_hours_per_teacher", List.of(10))));
        List<DesignPoint> points = Designs.expand(s).points();
        Map<String, Object> none = ScenarioPatch.tree(s, points.get(0));
        Map<String, Object> partnershipsOnly = ScenarioPatch.tree(s, points.get(2));
        Map<String, Object> both = ScenarioPatch.tree(s, points.get(3));
        assertTrue(map(none, "components").isEmpty());
        assertEquals(Map.of("partnerships", Map.of()), map(partnershipsOnly, "components"));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("coaching", false);
        expected.put("pd_hours_per_teacher", 10);
        assertEquals(expected, map(map(both, "components"), "blended_learning"));
        assertEquals(List.of("blended_learning", "partnerships"), List.copyOf(map(both, "components").keySet()));
        assertFalse(map(partnershipsOnly, "components").containsKey("blended_learning"));
    }

    @Test
    void paths_areWellFormed_whenTheirSegmentsAreNames() {
        assertTrue(FieldPath.wellFormed("district.schools[0].count"));
        assertTrue(FieldPath.wellFormed("evidence.business_as_usual.growth_norms.math[K]"));
        assertFalse(FieldPath.wellFormed("district..class_size"));
        assertFalse(FieldPath.wellFormed("district.class size"));
        assertEquals("blended_learning", FieldPath.component("components.blended_learning.fidelity.peak"));
        assertEquals(null, FieldPath.component("district.class_size"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> tree, String key) {
        return (Map<String, Object>) tree.get(key);
    }
}
