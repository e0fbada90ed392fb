package org.plsim.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plsim.evidence.EvidenceParameter;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.model.component.Basis;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.GrantComponentFactory;
import org.plsim.model.component.SettingField;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps the settings reference equal to the code: the page is regenerated from the components' own settings
 * readers (keys, units, ranges, defaults, sources) and must match the committed file, so changing a default,
 * a range or a unit in Java without regenerating the page fails here. Run with {@code -Dplsim.docs.update=true}
 * to rewrite the page instead.
 */
class ComponentSettingsDocTest {
    private static final List<String> SHIPPED = List.of("blended_learning", "competency_progression",
            "learning_plans", "partnerships");

    private final EvidenceRegistry registry = EvidenceRegistry.builtIn();
    private final ComponentRegistry installed = ComponentRegistry.discover();
    private final ScenarioSpec scenario = Districts.small(1);
    private final EvidenceValues evidence = TestEvidence.central();
    private final ComponentSettingsPage page = ComponentSettingsPage.of(installed, scenario, evidence, registry);

    @Test
    void theCommittedPage_isWhatTheSettingsReadersSay() throws IOException {
        Path file = Path.of(ComponentSettingsPage.FILE);
        String generated = page.markdown();
        if (Boolean.getBoolean("plsim.docs.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            return;
        }
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!committed.equals(generated)) {
            fail(file + " differs from the components' settings readers (" + firstDifference(committed, generated)
                    + "). If the change in the code is meant, regenerate the page and commit it:\n    "
                    + ComponentSettingsPage.REGENERATE);
        }
    }

    @Test
    void everyShippedComponent_documentsEachKeyOnce_withUnitMeaningAndReason() {
        assertEquals(SHIPPED, page.components().stream().map(ComponentSettingsPage.Section::name).toList());
        for (ComponentSettingsPage.Section c : page.components()) {
            assertFalse(c.fields().isEmpty(), c.name() + " documents no settings");
            Set<String> keys = new HashSet<>();
            for (SettingField f : c.fields()) {
                assertTrue(keys.add(f.key()), c.name() + "." + f.key() + " is read twice");
                assertFalse(f.unit().isBlank() || f.meaning().isBlank() || f.basis().why().isBlank(),
                        c.name() + "." + f.key() + " lacks a unit, a meaning or a reason");
            }
        }
    }

    /** A default said to come from the registry is that parameter's central value; cited sources exist. */
    @Test
    void everyBasis_pointsIntoTheRegistry_andEvidenceDefaultsEqualTheCentralValue() {
        List<String> bad = new ArrayList<>();
        for (SettingField f : page.allFields()) {
            Basis b = f.basis();
            if (b.kind() == Basis.Kind.EVIDENCE) {
                EvidenceParameter p = registry.find(b.refs().get(0)).orElse(null);
                if (p == null) {
                    bad.add(f.key() + ": no registry parameter " + b.refs().get(0));
                } else if (p.central() != Double.parseDouble(f.fallback())) {
                    bad.add(f.key() + ": default " + f.fallback() + " but " + p.id() + " is " + p.central());
                }
            } else if (b.kind() == Basis.Kind.CITED) {
                for (String id : b.refs()) {
                    if (registry.sources().stream().noneMatch(s -> s.id().equals(id))) {
                        bad.add(f.key() + ": no registry source " + id);
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /**
     * The page's defaults, written out as a scenario would write them, are accepted and are the defaults:
     * the plan costs exactly what the empty block costs.
     */
    @Test
    void everyDocumentedDefault_writtenOut_isAcceptedAndChangesNothing() {
        for (ComponentSettingsPage.Section c : page.components()) {
            Map<String, Object> written = new LinkedHashMap<>();
            for (SettingField f : c.fields()) {
                put(written, f.key(), new Yaml().load(f.fallback()));
            }
            GrantComponentFactory factory = installed.factories().get(c.name());
            ComponentSpec explicit = new ComponentSpec(c.name(), written);
            factory.create(explicit, scenario, evidence);
            assertEquals(factory.costs(new ComponentSpec(c.name(), Map.of()), scenario, evidence),
                    factory.costs(explicit, scenario, evidence), c.name() + " with every default written out");
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> block, String path, Object value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            block.put(path, value);
        } else {
            put((Map<String, Object>) block.computeIfAbsent(path.substring(0, dot), k -> new LinkedHashMap<>()),
                    path.substring(dot + 1), value);
        }
    }

    private static String firstDifference(String committed, String generated) {
        String[] a = committed.split("\n", -1);
        String[] b = generated.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of file>";
            String y = i < b.length ? b[i] : "<end of file>";
            if (!x.equals(y)) {
                return "first at line " + (i + 1) + ": the file has\n    " + x + "\nthe code says\n    " + y;
            }
        }
        return "no line differs";
    }
}
