package org.plsim.io.input;

import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.Scalars;
import org.plsim.io.yaml.YamlTree;
import java.nio.file.Path;
import java.util.List;
import org.plsim.experiment.sweep.DesignSpec;
import org.plsim.experiment.sweep.DesignType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A sweep file's {@code design:} — a map, or just the type ({@code design: factorial}). Each key belongs to
 * some types only: {@code components} to component_mix, {@code points} to latin_hypercube and random,
 * {@code samples} (base samples N) to sobol, {@code trajectories} and {@code levels} to morris, {@code files} to scenarios; a key given for another type
 * is a problem.
 */
final class DesignFields {
    /** The four RTT-D components, the component-mix default, in the order they are described. */
    static final List<String> RTT_D = List.of("blended_learning", "learning_plans", "competency_progression",
            "partnerships");
    private static final String KEYS = "type, components, points, samples, trajectories, levels, files";

    private final Reading reading;
    private final List<String> installed;
    private final Path sweepFile;
    private DesignType type;
    private List<ScenarioFiles.Entry> files = List.of();

    DesignFields(Reading reading, List<String> installed, Path sweepFile) {
        this.reading = reading;
        this.installed = installed;
        this.sweepFile = sweepFile;
    }

    /** The design type read, or null when it could not be: known even when the rest of the design is not. */
    DesignType type() {
        return type;
    }

    /** A scenarios design's files, in point order (empty for other types, or when none could be found). */
    List<ScenarioFiles.Entry> files() {
        return files;
    }

    DesignSpec design(Block top) {
        Node node = top.node("design");
        Block b;
        String typePath = "design";
        String typeText;
        if (node instanceof ScalarNode && !YamlTree.isNull(node)) {
            b = new Block(reading, "design", null, null, reading.lineOf("design"));
            typeText = Scalars.text(node);
        } else if (node instanceof MappingNode) {
            b = SweepValues.block(top, "design", KEYS);
            typePath = "design.type";
            typeText = SweepValues.text(b, "type", String.join(", ", DesignType.labels()));
            if (b.node("type") == null) {
                reading.problem(typePath, "missing, allowed: " + String.join(", ", DesignType.labels()));
            }
        } else {
            reading.problem("design", (node == null ? "missing" : "found " + YamlTree.describe(node))
                    + ", allowed: a design, e.g. design: {type: factorial} (types: "
                    + String.join(", ", DesignType.labels()) + ")");
            return null;
        }
        String label = typeText == null ? null
                : SweepValues.known(reading, typePath, typeText, DesignType.labels(), "design type ");
        type = label == null ? null : DesignType.parse(label).orElseThrow();
        List<String> components = components(b, type);
        if (type == DesignType.SCENARIOS) {
            files = ScenarioFiles.expand(b, sweepFile);
        }
        Long points = SweepValues.whole(b, "points", 1, DesignSpec.MAX_POINTS);
        Long samples = SweepValues.whole(b, "samples", 2, DesignSpec.MAX_SOBOL_SAMPLES);
        Long trajectories = SweepValues.whole(b, "trajectories", 1, DesignSpec.MAX_POINTS);
        Long levels = SweepValues.whole(b, "levels", 2, 100);
        if (type == null || components == null) {
            return null;
        }
        onlyFor(b, "points", type, DesignType.LATIN_HYPERCUBE, DesignType.RANDOM);
        onlyFor(b, "samples", type, DesignType.SOBOL);
        onlyFor(b, "trajectories", type, DesignType.MORRIS);
        onlyFor(b, "levels", type, DesignType.MORRIS);
        onlyFor(b, "files", type, DesignType.SCENARIOS);
        if ((type == DesignType.LATIN_HYPERCUBE || type == DesignType.RANDOM) && b.node("points") == null) {
            reading.problem("design.points", "missing, allowed: how many points a " + type.label()
                    + " design draws, a whole number from 1 to " + DesignSpec.MAX_POINTS);
        }
        if (type == DesignType.SOBOL && b.node("samples") == null) {
            reading.problem("design.samples", "missing, allowed: base samples N of a sobol design, a whole number "
                    + "from 2 to " + DesignSpec.MAX_SOBOL_SAMPLES + " (the design runs N(k + 2) points for k "
                    + "factors, at most " + DesignSpec.MAX_SOBOL_POINTS + ")");
        }
        boolean morris = type == DesignType.MORRIS;
        int n = type == DesignType.SOBOL ? (samples == null ? 0 : samples.intValue())
                : points == null ? 0 : points.intValue();
        int r = !morris ? 0 : trajectories == null ? DesignSpec.DEFAULT_TRAJECTORIES : trajectories.intValue();
        int p = !morris ? 0 : levels == null ? DesignSpec.DEFAULT_LEVELS : levels.intValue();
        List<String> paths = files.stream().map(ScenarioFiles.Entry::text).toList();
        if (type == DesignType.SCENARIOS && paths.isEmpty()) {
            return null; // the problem is recorded
        }
        DesignType t = type;
        return reading.build("design", () -> new DesignSpec(t, components, n, r, p, paths));
    }

    /**
     * component_mix: the listed components, or the four RTT-D components that are installed; other types:
     * none. Null when a listed component is not installed (the problem recorded).
     */
    private List<String> components(Block b, DesignType type) {
        List<String> given = SweepValues.texts(b, "components");
        if (given != null && type != null && type != DesignType.COMPONENT_MIX) {
            misplaced(b, "components", type, "component_mix");
        }
        if (type != DesignType.COMPONENT_MIX) {
            return List.of();
        }
        if (given == null) {
            return RTT_D.stream().filter(installed::contains).toList();
        }
        List<String> known = SweepValues.knownAll(b, "components", given, installed);
        return known.size() == given.size() ? known : null;
    }

    private void onlyFor(Block b, String key, DesignType type, DesignType... types) {
        if (b.node(key) != null && !List.of(types).contains(type)) {
            misplaced(b, key, type, String.join(" and ", List.of(types).stream().map(DesignType::label).toList()));
        }
    }

    private void misplaced(Block b, String key, DesignType type, String owners) {
        reading.problem(b.path(key), "found " + key + " in a " + type.label() + " design, allowed: " + key
                + " only for " + owners + " (remove it, or change design.type)");
    }
}
