package org.plsim.experiment.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.design.Factor;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioTree;
import org.plsim.scenario.Violation;

/**
 * A design point applied to the base scenario's tree (keyed as {@code scenarios/reference.yaml}): the tree
 * a point's scenario is read from, so that every point is checked exactly as a scenario file would be.
 * Paths are {@link FieldPath}s. A key the tree lacks is added, for the scenario reader to report.
 */
public final class ScenarioPatch {
    /** Fields the sweep itself sets at every point; neither factors nor {@code set} may name them. */
    public static final List<String> SWEEP_FIELDS = List.of("id", "title", "seed", "replicates");

    private ScenarioPatch() {
    }

    /**
     * The scenario tree at {@code point}: the base; for a component mix, only the mix's components (each
     * with the base's settings, or none: its defaults); then {@code set}, then the point's factor values
     * (each skipped where it names a component the mix leaves off); and the sweep's id, title, seed and
     * replicates. In a scenarios design the point's own scenario file stands in for the base and keeps its
     * id and title (a {@code set} entry on a component applies where that scenario switches it on).
     *
     * @throws InvalidSpecException naming the path that cannot be set
     */
    public static Map<String, Object> tree(SweepSpec sweep, DesignPoint point) {
        List<Violation> found = new ArrayList<>();
        Map<String, Object> tree = tree(sweep, point, found);
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
        return tree;
    }

    /**
     * {@link #tree(SweepSpec, DesignPoint)}, with each path that cannot be set added to {@code found} and left
     * out, so the rest of the point can still be checked.
     */
    public static Map<String, Object> tree(SweepSpec sweep, DesignPoint point, List<Violation> found) {
        @SuppressWarnings("unchecked")
        boolean whole = sweep.design().type() == DesignType.SCENARIOS;
        Map<String, Object> tree = (Map<String, Object>) ScenarioTree.copy(whole ? sweep.scenarioTrees().get(point.index())
                : sweep.baseTree());
        if (sweep.design().type() == DesignType.COMPONENT_MIX) {
            tree.put("components", mix(sweep, point, tree.get("components")));
        }
        Map<?, ?> components = (Map<?, ?>) tree.get("components");
        sweep.set().forEach((path, value) -> apply(tree, components, path, value, found));
        for (Factor f : sweep.factors()) {
            apply(tree, components, f.path(), point.settings().get(f.path()), found);
        }
        if (!whole) {
            tree.put("id", sweep.id());
            tree.put("title", sweep.title() + ": " + point.label());
        }
        tree.put("replicates", Math.max(1, Math.min(10_000, sweep.replicates().fixed())));
        tree.put("seed", sweep.seed());
        return tree;
    }

    /**
     * Sets {@code value} at {@code path} in {@code tree}, adding missing maps on the way.
     *
     * @throws InvalidSpecException when the path runs through a value that is not a map or list, or past a
     *                              list's end
     */
    public static void set(Map<String, Object> tree, String path, Object value) {
        List<Object> steps = FieldPath.steps(path);
        Object node = tree;
        StringBuilder at = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (step instanceof String key && node instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) m;
                if (last) {
                    map.put(key, ScenarioTree.copy(value));
                } else {
                    node = map.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
                }
                at.append(at.length() == 0 ? "" : ".").append(key);
            } else if (step instanceof Integer index && node instanceof List<?> l) {
                if (index >= l.size()) {
                    throw problem(path, "item [" + index + "]", "an item from [0] to [" + (l.size() - 1) + "] ("
                            + at + " has " + l.size() + ")");
                }
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) l;
                if (last) {
                    list.set(index, ScenarioTree.copy(value));
                } else {
                    node = list.get(index);
                }
                at.append('[').append(index).append(']');
            } else {
                throw problem(path, (step instanceof Integer ? "[" + step + "]" : "'" + step + "'") + " after "
                        + at, node instanceof Map ? "a key of the map " + at : node instanceof List
                        ? "an item [0] … of the list " + at : "a path ending at " + at + " (it holds one value)");
            }
        }
    }

    private static void apply(Map<String, Object> tree, Map<?, ?> components, String path, Object value,
                              List<Violation> found) {
        String name = FieldPath.component(path);
        if (name != null && !components.containsKey(name)) {
            return; // the mix leaves this component off
        }
        try {
            set(tree, path, value);
        } catch (InvalidSpecException e) {
            found.addAll(e.violations());
        }
    }

    private static Map<String, Object> mix(SweepSpec sweep, DesignPoint point, Object baseComponents) {
        Map<?, ?> base = (Map<?, ?>) baseComponents;
        Map<String, Object> out = new LinkedHashMap<>();
        base.forEach((name, settings) -> {
            if (Boolean.TRUE.equals(point.settings().get(String.valueOf(name)))) {
                out.put(String.valueOf(name), settings);
            }
        });
        for (String name : sweep.design().components()) {
            if (Boolean.TRUE.equals(point.settings().get(name)) && !out.containsKey(name)) {
                out.put(name, new LinkedHashMap<String, Object>());
            }
        }
        return out;
    }

    private static InvalidSpecException problem(String path, String found, String allowed) {
        return new InvalidSpecException(List.of(new Violation(path, found, allowed)));
    }
}
