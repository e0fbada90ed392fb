package org.plsim.components.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.plsim.model.component.EvidenceValues;
import org.plsim.scenario.ComponentSpec;
import org.plsim.testing.TestEvidence;
import org.yaml.snakeyaml.Yaml;

/**
 * The evidence part is complete for this component: every parameter the factory reads (mechanism and costs)
 * is in the registry parts, with a range around its central value, a known distribution and grade, and
 * sources that are defined; every {@code partnerships.*} entry of the part is read by the component.
 */
class PartnershipsEvidencePartTest {
    private static final Set<String> DISTRIBUTIONS = Set.of("triangular", "normal", "uniform", "fixed");
    private static final Set<String> GRADES = Set.of("A", "B", "C", "M", "assumption");

    @Test
    void everyParameterRead_isDocumentedWithRangeGradeAndDefinedSources() {
        Set<String> read = new TreeSet<>();
        EvidenceValues central = TestEvidence.central();
        EvidenceValues recording = id -> {
            read.add(id);
            return central.get(id);
        };
        ComponentSpec spec = new ComponentSpec("partnerships", Map.of());
        new PartnershipsFactory().create(spec, Plans.pilotDistrict(), recording);
        new PartnershipsFactory().costs(spec, Plans.pilotDistrict(), recording);

        Map<String, Object> params = new TreeMap<>();
        Set<String> sources = new TreeSet<>();
        for (String part : List.of("implementation", "partnerships")) {
            Map<String, Object> root = load(part);
            params.putAll(map(root.get("parameters")));
            map(root.get("sources")).forEach((id, s) -> {
                sources.add(id);
                assertTrue(String.valueOf(map(s).get("citation")).length() > 40, "full citation for " + id);
                assertTrue(GRADES.contains(String.valueOf(map(s).get("grade"))), "grade of source " + id);
            });
        }
        List<String> problems = new ArrayList<>();
        for (String id : read) {
            Map<String, Object> p = map(params.get(id));
            if (p.isEmpty()) {
                problems.add(id + ": not in the evidence parts");
                continue;
            }
            double c = ((Number) p.get("central")).doubleValue();
            double lo = ((Number) p.get("low")).doubleValue();
            double hi = ((Number) p.get("high")).doubleValue();
            if (!(lo <= c && c <= hi)) {
                problems.add(id + ": low <= central <= high fails");
            }
            for (String field : List.of("component", "description", "unit", "note")) {
                if (!(p.get(field) instanceof String text) || text.isBlank()) {
                    problems.add(id + ": no " + field);
                }
            }
            if (!DISTRIBUTIONS.contains(String.valueOf(p.get("distribution")))
                    || !GRADES.contains(String.valueOf(p.get("grade")))) {
                problems.add(id + ": distribution or grade");
            }
            @SuppressWarnings("unchecked")
            List<String> cited = (List<String>) p.get("sources");
            if (cited == null || cited.isEmpty() || !sources.containsAll(cited)) {
                problems.add(id + ": sources " + cited + " not all defined");
            }
        }
        assertEquals(List.of(), problems);
        Set<String> mine = new TreeSet<>(map(load("partnerships").get("parameters")).keySet());
        mine.removeAll(read);
        assertEquals(Set.of(), mine, "parameters in the part that the component never reads");
    }

    private static Map<String, Object> load(String part) {
        try (InputStream in = resource("org/plsim/evidence/parts/" + part + ".yaml")) {
            return new Yaml().load(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String resource) {
        return PartnershipsEvidencePartTest.class.getClassLoader().getResourceAsStream(resource);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
