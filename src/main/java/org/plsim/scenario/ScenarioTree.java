package org.plsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Deep copies of a scenario as plain YAML data (maps with text keys, lists, scalars), walked the same way
 * whoever copies: a sweep point patches its own copy and never the base's nodes; a hash reads a copy whose keys
 * are sorted at every depth, so that the same settings always hash the same.
 */
public final class ScenarioTree {
    private ScenarioTree() {
    }

    /** Fresh maps (keys in their order, as text) and lists all the way down; scalars are shared. */
    public static Object copy(Object value) {
        return copy(value, LinkedHashMap::new);
    }

    /** The same with every map's keys sorted. */
    public static Object sortedCopy(Object value) {
        return copy(value, TreeMap::new);
    }

    private static Object copy(Object value, Supplier<Map<String, Object>> maps) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = maps.get();
            m.forEach((k, v) -> out.put(String.valueOf(k), copy(v, maps)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(copy(v, maps)));
            return out;
        }
        return value;
    }
}
