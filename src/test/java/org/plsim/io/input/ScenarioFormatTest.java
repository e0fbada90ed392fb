package org.plsim.io.input;

import org.plsim.io.yaml.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.scenario.ScenarioSpec;

/** The resolved scenario, written out: it reads back to the same spec and hashes the same every time. */
class ScenarioFormatTest {
    private final ScenarioReader reader = new ScenarioReader(ScenarioReaderProblemsTest.ROOMY);

    @Test
    void dumpedTree_readsBackToAnEqualSpec() throws ScenarioException {
        for (Path file : List.of(ScenarioReaderTest.REFERENCE, ScenarioReaderTest.QUICKSTART)) {
            ScenarioSpec spec = reader.read(file);
            assertEquals(spec, reader.readString(ScenarioFormat.toYaml(spec), "elsewhere.yaml"), file::toString);
        }
    }

    @Test
    void dumpedTree_withComponentSettings_readsBackToAnEqualSpec() throws ScenarioException {
        ScenarioSpec spec = reader.readString("seed: -7\ncomponents:\n  tutoring: {dose: [1, 2.5], plan: {b: x, a: true}}\n"
                + "  coaching:\ndistrict: {baseline: {math: -0.123456789}}\n", "with-components.yaml");
        assertEquals(spec, reader.readString(ScenarioFormat.toYaml(spec), "elsewhere.yaml"));
    }

    @Test
    void tree_followsTheReferenceLayout() throws ScenarioException {
        assertEquals(List.of("id", "title", "years", "weeks_per_year", "replicates", "seed", "district",
                        "business_as_usual", "components", "uncertainty", "evidence", "budget"),
                List.copyOf(ScenarioFormat.toTree(reader.read(ScenarioReaderTest.REFERENCE)).keySet()));
    }

    @Test
    void canonicalJson_isCompactAndInLayoutOrder() throws ScenarioException {
        String json = ScenarioFormat.canonicalJson(reader.read(ScenarioReaderTest.QUICKSTART));
        assertTrue(json.startsWith("{\"id\":\"quickstart\",\"title\":\"Quickstart - a small high-poverty district, "
                + "business as usual\",\"years\":4,\"weeks_per_year\":36,\"replicates\":4,\"seed\":20120101,"
                + "\"district\":{\"name\":\"Quickstart Unified\",\"schools\":[{\"name\":\"elementary\",\"count\":4,"
                + "\"grades\":\"K-5\""), json);
        assertTrue(json.endsWith("\"components\":{},\"uncertainty\":\"evidence\",\"evidence\":{},"
                + "\"budget\":{\"total_dollars\":0.0,\"grant_years\":4,\"split\":{},\"if_over\":\"refuse\"}}"), json);
    }

    @Test
    void hash_dependsOnTheResolvedScenario_notOnHowTheFileIsWritten() throws ScenarioException {
        ScenarioSpec a = reader.readString("id: h\nyears: 3\ndistrict: {class_size: 20, counselor_ratio: 300}\n"
                + "components: {t: {x: 1, y: 2}}\n", "a.yaml");
        ScenarioSpec b = reader.readString("# same scenario, other order\ncomponents:\n  t:\n    y: 2\n    x: 1\n"
                + "district:\n  counselor_ratio: 300\n  class_size: 20\nyears: 3\nid: h\n", "b.yaml");
        ScenarioSpec c = reader.readString("id: h\nyears: 3\ndistrict: {class_size: 21, counselor_ratio: 300}\n"
                + "components: {t: {x: 1, y: 2}}\n", "a.yaml");
        assertEquals(ScenarioFormat.sha256(a), ScenarioFormat.sha256(b));
        assertEquals(ScenarioFormat.sha256(a), ScenarioFormat.sha256(a));
        assertNotEquals(ScenarioFormat.sha256(a), ScenarioFormat.sha256(c));
        assertTrue(ScenarioFormat.sha256(a).matches("[0-9a-f]{64}"));
    }
}
