package org.plsim.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Uncertainty;

/** Central values, draws per run seed from each parameter's own stream, and overrides. */
class EvidenceRegistryTest {
    private final EvidenceRegistry registry = Registries.four();

    @Test
    void sameRunSeed_drawsTheSameValues_anotherSeedOthers() {
        assertEquals(registry.draw(7).values(), registry.draw(7).values());
        assertNotEquals(registry.draw(7).get("implementation.a"), registry.draw(8).get("implementation.a"));
    }

    @Test
    void everyDraw_staysWithinItsRange_andAFixedParameterNeverMoves() {
        Set<Double> seen = new HashSet<>();
        for (long seed = 0; seed < 2_000; seed++) {
            ResolvedEvidence v = registry.draw(RandomStreams.runSeed(42, seed));
            for (EvidenceParameter p : registry.parameters()) {
                double x = v.get(p.id());
                assertTrue(x >= p.low() && x <= p.high(), p.id() + " = " + x);
            }
            assertEquals(3.0, v.get("implementation.d"));
            seen.add(v.get("implementation.a"));
        }
        assertTrue(seen.size() > 1_900, "draws vary: " + seen.size() + " distinct values of 2000");
    }

    @Test
    void eachParameter_isDrawnFromItsOwnNamedStream() {
        long seed = RandomStreams.runSeed(20120101L, 3);
        double expected = Distribution.TRIANGULAR.draw(0.2, 0.5, 0.9,
                new RandomStreams(seed).get("evidence.implementation.a"));
        assertEquals(expected, registry.draw(seed).get("implementation.a"));
    }

    @Test
    void addingOrReorderingParameters_movesNoOtherParametersDraw() {
        EvidenceRegistry bigger = Registries.of(
                Registries.parameter("implementation.aa", 0.4, 0.1, 0.8, Distribution.NORMAL),
                registry.parameter("implementation.d"), registry.parameter("implementation.c"),
                Registries.parameter("implementation.new_one", 2, 1, 3, Distribution.UNIFORM),
                registry.parameter("implementation.b"), registry.parameter("implementation.a"));
        for (long seed = 0; seed < 50; seed++) {
            for (String id : registry.ids()) {
                assertEquals(registry.draw(seed).get(id), bigger.draw(seed).get(id), id + ", seed " + seed);
            }
        }
    }

    @Test
    void uncertaintyNone_givesEveryCentralValue_inRegistryOrder() {
        Map<String, Double> central = new LinkedHashMap<>();
        registry.parameters().forEach(p -> central.put(p.id(), p.central()));
        ResolvedEvidence none = registry.values(Uncertainty.NONE, Map.of(), 99L);
        assertEquals(central, none.values());
        assertEquals(List.copyOf(central.keySet()), List.copyOf(none.values().keySet()));
        assertEquals(central, registry.central().values());
        assertEquals(Uncertainty.NONE, none.mode());
        assertEquals(Registries.SHA, none.registrySha256());
    }

    @Test
    void overrides_replaceDrawnAndCentralValues_andLeaveTheRestAlone() {
        Map<String, Double> overrides = Map.of("implementation.a", 0.25, "implementation.c", 19.0);
        ResolvedEvidence drawn = registry.values(Uncertainty.EVIDENCE, overrides, 5L);
        assertEquals(0.25, drawn.get("implementation.a"));
        assertEquals(19.0, drawn.get("implementation.c"));
        assertEquals(registry.draw(5L).get("implementation.b"), drawn.get("implementation.b"));
        assertEquals(0.25, registry.values(Uncertainty.NONE, overrides, 5L).get("implementation.a"));
        assertEquals(1.0, registry.values(Uncertainty.NONE, overrides, 5L).get("implementation.b"));
    }

    @Test
    void unknownIds_areRefusedByName() {
        IllegalArgumentException get = assertThrows(IllegalArgumentException.class,
                () -> registry.central().get("implementation.nope"));
        assertTrue(get.getMessage().contains("'implementation.nope'"), get.getMessage());
        IllegalArgumentException override = assertThrows(IllegalArgumentException.class,
                () -> registry.values(Uncertainty.NONE, Map.of("blended_learning.x", 1.0), 0));
        assertTrue(override.getMessage().contains("'blended_learning.x'"), override.getMessage());
        assertThrows(IllegalArgumentException.class, () -> registry.parameter("implementation.z"));
        assertThrows(IllegalArgumentException.class,
                () -> registry.values(Uncertainty.NONE, Map.of("implementation.a", Double.NaN), 0));
    }

    @Test
    void aParameterCitingAnUndefinedSource_orAnIdDefinedTwice_isRefused() {
        EvidenceParameter orphan = new EvidenceParameter("implementation.x", "implementation", "d", "u", 1, 0, 2,
                Distribution.UNIFORM, Grade.B, List.of("nobody-1999"), "");
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> new EvidenceRegistry(List.of(Registries.SOURCE), List.of(orphan, orphan), Registries.SHA));
        assertEquals(List.of("parameters.implementation.x.sources", "parameters.implementation.x",
                        "parameters.implementation.x.sources"),
                e.violations().stream().map(v -> v.field()).toList());
        assertTrue(e.violations().get(0).found().contains("nobody-1999"));
    }
}
