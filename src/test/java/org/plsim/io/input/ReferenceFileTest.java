package org.plsim.io.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.YamlTree;
import org.yaml.snakeyaml.Yaml;

/** The reference file is the format's documentation: it must ship, match the code, and document every key. */
class ReferenceFileTest {
    @Test
    void theReferenceShippedOnTheClassPath_isScenariosReferenceYaml() throws IOException {
        // The build copies scenarios/reference.yaml into the jar (pom.xml <resources>): one source, no drift.
        byte[] reference = Files.readAllBytes(ScenarioReaderTest.REFERENCE);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ScenarioReader.REFERENCE_RESOURCE)) {
            assertNotNull(in, "the reference is on the class path");
            assertArrayEquals(reference, in.readAllBytes());
        }
    }

    @Test
    void theReference_passesTheLimitsOfAUsersFile() throws IOException {
        // ScenarioReader composes the shipped reference without the limits pass (YamlTree.composeShipped).
        Reading reading = new Reading(ScenarioReader.REFERENCE_RESOURCE);
        assertNotNull(YamlTree.compose(Files.readString(ScenarioReaderTest.REFERENCE), reading));
        assertFalse(reading.hasProblems());
    }

    @Test
    void referenceKeys_areExactlyTheResolvedScenarioLayout() throws Exception {
        Map<String, Object> plain = new Yaml().load(Files.readString(ScenarioReaderTest.REFERENCE));
        // district.implementing_unit and treated_share are written only away from their defaults (so scenarios
        // resolved before they existed keep their hash): the full layout is that of a scenario that sets them.
        Map<String, Object> tree = ScenarioFormat.toTree(new ScenarioReader().readString(
                "district: {implementing_unit: school, treated_share: 0.5}\n", "reference-with-a-trial.yaml"));
        assertEquals(paths("", plain), paths("", tree));
        List<String> atDefaults = paths("", ScenarioFormat.toTree(new ScenarioReader().read(ScenarioReaderTest.REFERENCE)));
        List<String> omitted = new ArrayList<>(paths("", plain));
        omitted.removeAll(atDefaults);
        assertEquals(List.of("district.implementing_unit", "district.treated_share"), omitted);
    }

    @Test
    void everyTopAndSecondLevelKey_hasACommentDirectlyAboveIt() throws IOException {
        List<String> lines = Files.readAllLines(ScenarioReaderTest.REFERENCE);
        Pattern key = Pattern.compile("^ {0,2}[a-z_]+:");
        for (int i = 0; i < lines.size(); i++) {
            if (key.matcher(lines.get(i)).find()) {
                int at = i;
                assertTrue(i > 0 && lines.get(i - 1).trim().startsWith("#"),
                        () -> "line " + (at + 1) + " (" + lines.get(at).trim() + ") has no comment above it");
            }
        }
    }

    /** Every key path of a tree, list items collapsed to []: the layout without the values. */
    private static List<String> paths(String prefix, Object node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                out.add(prefix + k);
                out.addAll(paths(prefix + k + ".", v));
            });
        } else if (node instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
            out.addAll(paths(prefix.substring(0, prefix.length() - 1) + "[].", l.get(0)));
        }
        return out;
    }
}
