package org.plsim.components.blended;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.plsim.model.component.EvidenceValues;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;
import org.yaml.snakeyaml.Yaml;

/**
 * Every evidence parameter the component reads (to build itself and to cost a plan, with either kind of
 * software) is in the registry; its own part is complete (central inside its range, a distribution, a grade,
 * known sources, ASSUMPTION marked) and holds nothing the component does not read.
 */
class BlendedEvidencePartTest {
    private static final Set<String> DISTRIBUTIONS = Set.of("triangular", "normal", "uniform", "fixed");
    private static final Set<String> GRADES = Set.of("A", "B", "C", "M", "assumption");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(String name) throws Exception {
        try (InputStream in = BlendedEvidencePartTest.class.getClassLoader()
                .getResourceAsStream("org/plsim/evidence/parts/" + name + ".yaml")) {
            assertNotNull(in, name);
            return new Yaml().load(in);
        }
    }

    private static Set<String> idsRead() {
        Set<String> read = new TreeSet<>();
        EvidenceValues central = TestEvidence.central();
        EvidenceValues recording = id -> {
            read.add(id);
            return central.get(id);
        };
        ScenarioSpec scenario = Districts.small(2);
        BlendedLearningFactory f = new BlendedLearningFactory();
        for (String kind : Software.labels()) {
            ComponentSpec spec = new ComponentSpec("blended_learning", Map.of("software", kind));
            f.create(spec, scenario, recording);
            f.costs(spec, scenario, recording);
        }
        return read;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyParameterRead_isInTheRegistry_andOurPartIsCompleteAndTight() throws Exception {
        Map<String, Object> mine = part("blended_learning");
        Map<String, Object> params = (Map<String, Object>) mine.get("parameters");
        Map<String, Object> sources = (Map<String, Object>) mine.get("sources");
        Map<String, Object> shared = (Map<String, Object>) part("implementation").get("parameters");
        Set<String> read = idsRead();
        for (String id : read) {
            boolean ours = id.startsWith("blended_learning.") || id.startsWith("costs.blended_learning.");
            assertTrue(ours ? params.containsKey(id) : shared.containsKey(id), "not in the registry: " + id);
        }
        for (Map.Entry<String, Object> e : params.entrySet()) {
            String id = e.getKey();
            Map<String, Object> p = (Map<String, Object>) e.getValue();
            assertTrue(read.contains(id), "never read: " + id);
            assertEquals(id.startsWith("costs.") ? "costs" : "blended_learning", p.get("component"), id);
            for (String field : List.of("description", "unit", "note")) {
                assertFalse(String.valueOf(p.get(field)).isBlank(), id + " " + field);
            }
            double low = ((Number) p.get("low")).doubleValue();
            double central = ((Number) p.get("central")).doubleValue();
            double high = ((Number) p.get("high")).doubleValue();
            assertTrue(low <= central && central <= high, id);
            assertTrue(DISTRIBUTIONS.contains(p.get("distribution")), id);
            assertTrue(GRADES.contains(p.get("grade")), id);
            if ("assumption".equals(p.get("grade"))) {
                assertTrue(String.valueOf(p.get("note")).startsWith("ASSUMPTION"), id);
            }
            List<String> cited = (List<String>) p.get("sources");
            assertFalse(cited.isEmpty(), id);
            cited.forEach(s -> assertTrue(sources.containsKey(s), id + " cites unknown source " + s));
        }
        sources.values().forEach(s -> assertTrue(GRADES.contains(((Map<String, Object>) s).get("grade"))));
    }
}
