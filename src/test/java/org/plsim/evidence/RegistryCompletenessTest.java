package org.plsim.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plsim.components.ComponentRegistry;
import org.plsim.io.input.ScenarioReader;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.GrantComponentFactory;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * The evidence registry is complete for every grant component: every parameter a component reads — to
 * build itself and to cost its plan, on its example scenario — is in the registry with at least one known
 * source (the registry's reader checks sources exist), and every parameter the registry files under a
 * component is read by it (nothing documented that the model ignores).
 */
class RegistryCompletenessTest {
    private static final EvidenceRegistry REGISTRY = EvidenceRegistry.builtIn();
    /** Settings, beyond each example scenario's, under which a component reads further parameters. */
    private static final java.util.Map<String, List<java.util.Map<String, Object>>> VARIANTS = java.util.Map.of(
            "blended_learning", List.of(java.util.Map.of("software", "computer_managed")));

    @ParameterizedTest
    @ValueSource(strings = {"blended_learning", "learning_plans", "competency_progression", "partnerships"})
    void everyParameterUsed_hasASource_andEveryRegisteredParameterIsUsed(String name) throws Exception {
        ScenarioSpec scenario = new ScenarioReader().read(Path.of("scenarios/components/" + name + ".yaml"));
        ComponentSpec spec = scenario.components().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
        GrantComponentFactory factory = ComponentRegistry.discover().factories().get(name);
        Set<String> read = new TreeSet<>();
        EvidenceValues central = REGISTRY.central();
        EvidenceValues recording = id -> {
            read.add(id);
            return central.get(id);
        };
        factory.create(spec, scenario, recording);
        factory.costs(spec, scenario, recording);
        for (java.util.Map<String, Object> variant : VARIANTS.getOrDefault(name, List.of())) {
            java.util.Map<String, Object> settings = new java.util.LinkedHashMap<>(spec.settings());
            settings.putAll(variant);
            ComponentSpec other = new ComponentSpec(name, settings);
            factory.create(other, scenario, recording);
            factory.costs(other, scenario, recording);
        }
        assertFalse(read.isEmpty(), name + " reads no evidence");
        for (String id : read) {
            EvidenceParameter p = REGISTRY.parameter(id);
            assertFalse(p.sources().isEmpty(), id + " has no source");
            p.sources().forEach(REGISTRY::source);
            assertTrue(p.low() <= p.central() && p.central() <= p.high(), id);
        }
        List<String> unused = REGISTRY.parameters().stream()
                .filter(p -> p.component().equals(name) || p.id().startsWith("costs." + name + "."))
                .map(EvidenceParameter::id).filter(id -> !read.contains(id)).toList();
        assertEquals(List.of(), unused, "registered for " + name + " but never read");
    }
}
