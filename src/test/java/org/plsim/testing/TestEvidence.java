package org.plsim.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.plsim.model.component.EvidenceValues;
import org.yaml.snakeyaml.Yaml;

/**
 * TEMPORARY (until the evidence registry lands): central values of every parameter in the registry parts
 * under {@code org/plsim/evidence/parts/}, plus {@code registry.yaml} if present, for component tests.
 */
public final class TestEvidence {
    private static final String[] PARTS = {"implementation", "blended_learning", "learning_plans",
            "competency_progression", "partnerships"};

    private TestEvidence() {
    }

    public static Map<String, Double> centralMap() {
        Map<String, Double> out = new TreeMap<>();
        read("org/plsim/evidence/registry.yaml", out);
        for (String p : PARTS) {
            read("org/plsim/evidence/parts/" + p + ".yaml", out);
        }
        return out;
    }

    public static EvidenceValues central() {
        return EvidenceValues.of(centralMap());
    }

    /** Central values with some replaced. */
    public static EvidenceValues central(Map<String, Double> overrides) {
        Map<String, Double> m = centralMap();
        m.putAll(overrides);
        return EvidenceValues.of(m);
    }

    @SuppressWarnings("unchecked")
    private static void read(String resource, Map<String, Double> out) {
        try (InputStream in = TestEvidence.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            Map<String, Object> root = new Yaml().load(in);
            Map<String, Object> params = (Map<String, Object>) root.getOrDefault("parameters", Map.of());
            if (params == null) {
                return;
            }
            params.forEach((id, v) -> out.put(id, ((Number) ((Map<String, Object>) v).get("central")).doubleValue()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
