package org.plsim.io.input;

import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.ClosestKey;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.Scalars;
import org.plsim.io.yaml.YamlTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.experiment.sweep.DesignSpec;
import org.plsim.experiment.sweep.DesignType;
import org.plsim.experiment.sweep.design.Factor;
import org.plsim.experiment.sweep.FieldPath;
import org.plsim.experiment.sweep.ScenarioPatch;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A sweep file's {@code factors:} (path → levels or range) and {@code set:} (path → value). Paths are
 * checked here for form and for what the sweep controls itself; whether the scenario has such a field,
 * and whether a value suits it, is found by applying every point (see {@link SweepPoints}).
 */
final class FactorFields {
    private static final String FACTOR_ALLOWED = "{levels: [a, b, …]} or {range: [low, high]} "
            + "(range may add integer: true)";

    private final Reading reading;
    private final List<String> installed;

    FactorFields(Reading reading, List<String> installed) {
        this.reading = reading;
        this.installed = installed;
    }

    /**
     * @param switchedOn the components the base switches on (a scenarios design: that any of its files does),
     *                   or null when unknown
     */
    List<Factor> factors(Block top, DesignSpec design, List<String> switchedOn) {
        List<Factor> out = new ArrayList<>();
        top.entries("factors", "a map of scenario field path: " + FACTOR_ALLOWED).forEach((path, node) -> {
            String field = "factors." + path;
            boolean ok = path(field, path, design, switchedOn);
            Factor f = factor(field, path, node);
            if (ok && f != null) {
                out.add(f);
            }
        });
        return out;
    }

    /** {@code set:}; {@code switchedOn} as for {@link #factors}. */
    Map<String, Object> set(Block top, DesignSpec design, List<String> switchedOn) {
        Map<String, Object> out = new LinkedHashMap<>();
        String allowed = "a map of scenario field path: value, e.g. {budget.total_dollars: 0}";
        top.entries("set", allowed).forEach((path, node) -> {
            String field = "set." + path;
            if (path(field, path, design, switchedOn)) {
                Object value = YamlTree.plain(node, field, reading);
                if (value == null) {
                    reading.problem(field, "found nothing (an empty value), allowed: the value every point takes");
                } else {
                    out.put(path, value);
                }
            }
        });
        return out;
    }

    private Factor factor(String field, String path, Node node) {
        if (!(node instanceof MappingNode)) {
            reading.problem(field, "found " + YamlTree.describe(node) + ", allowed: " + FACTOR_ALLOWED);
            return null;
        }
        Block b = new Block(reading, field, (MappingNode) node, null, reading.lineOf(field));
        Node levels = b.node("levels");
        Node range = b.node("range");
        Boolean integer = SweepValues.flag(b, "integer");
        if (levels != null && range != null) {
            reading.problem(field, "found both levels and range, allowed: one of them");
        } else if (levels != null) {
            if (integer != null) {
                reading.problem(b.path("integer"), "found integer with levels, allowed: integer only with a range "
                        + "(levels are used as written)");
            }
            List<Object> values = levels(b.path("levels"), levels);
            return values == null ? null : reading.build(field, () -> Factor.ofLevels(path, values));
        } else if (range != null) {
            double[] ends = range(b.path("range"), range);
            boolean whole = Boolean.TRUE.equals(integer);
            return ends == null ? null : reading.build(field, () -> Factor.ofRange(path, ends[0], ends[1], whole));
        } else {
            reading.problem(field, "found neither levels nor range, allowed: " + FACTOR_ALLOWED);
        }
        return null;
    }

    private List<Object> levels(String field, Node node) {
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            reading.problem(field, "found " + YamlTree.describe(node) + ", allowed: a list of at least one value, "
                    + "e.g. [45, 90, 180]");
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            Node item = list.getValue().get(i);
            Object v = YamlTree.plain(item, field + "[" + i + "]", reading);
            if (v == null) {
                reading.problem(YamlTree.line(item), field + "[" + i + "]", "found nothing (an empty value), "
                        + "allowed: a value");
                return null;
            }
            out.add(v);
        }
        return out;
    }

    private double[] range(String field, Node node) {
        if (node instanceof SequenceNode list && list.getValue().size() == 2) {
            Double low = Scalars.number(list.getValue().get(0));
            Double high = Scalars.number(list.getValue().get(1));
            if (low != null && high != null) {
                return new double[] {low, high};
            }
        }
        reading.problem(field, "found " + YamlTree.describe(node) + ", allowed: two numbers [low, high]");
        return null;
    }

    /** Whether {@code path} may be varied or set by a sweep; a problem at {@code field} when not. */
    private boolean path(String field, String path, DesignSpec design, List<String> switchedOn) {
        String top = path.split("[.\\[]", 2)[0];
        if (!FieldPath.wellFormed(path)) {
            return problem(field, "found the path '" + path + "', allowed: a scenario field path as in "
                    + "scenarios/reference.yaml, e.g. district.class_size or district.schools[0].count");
        }
        if (ScenarioPatch.SWEEP_FIELDS.contains(top)) {
            return problem(field, "found '" + top + "', which the sweep sets itself, allowed: another scenario "
                    + "field (give the sweep's own " + top + " at the top of this file)");
        }
        if (path.equals("components")) {
            return problem(field, "found the whole components block, allowed: a field of one component, "
                    + "components.<name>.<setting> (to switch components on and off, use design type component_mix)");
        }
        String name = FieldPath.component(path);
        if (name == null || design == null || switchedOn == null) {
            return true;
        }
        boolean mix = design.type() == DesignType.COMPONENT_MIX;
        List<String> allowed = mix ? design.components() : switchedOn;
        if (allowed.contains(name)) {
            return true;
        }
        boolean files = design.type() == DesignType.SCENARIOS;
        String closest = ClosestKey.among(name, allowed);
        String hint = closest != null ? "; did you mean '" + closest + "'?" : "";
        if (mix) {
            return problem(field, "found component '" + name + "', which design.components does not mix, allowed: "
                    + String.join(", ", allowed) + hint);
        }
        if (files) {
            return problem(field, "found component '" + name + "'" + (installed.contains(name)
                    ? ", which no scenario file of the design switches on" : ", which is not installed")
                    + ", allowed: a component some file switches on (" + String.join(", ", allowed) + ")" + hint
                    + " (a component's setting applies where a file switches it on)");
        }
        return problem(field, "found component '" + name + "'" + (installed.contains(name)
                ? ", which the base scenario does not switch on" : ", which is not installed")
                + ", allowed: a component of the base scenario (" + String.join(", ", allowed) + ")" + hint
                + (installed.contains(name) ? "; or add " + name + " to the base's components" : ""));
    }

    private boolean problem(String field, String message) {
        reading.problem(field, message);
        return false;
    }
}
