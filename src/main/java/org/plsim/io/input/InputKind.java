package org.plsim.io.input;

import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.YamlTree;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Which reader a YAML input is for, told by its top-level keys: a sweep names a {@code base} scenario or a
 * {@code design} (a scenarios design has no base), a calibration lists {@code targets}; anything else — malformed
 * YAML too, which the scenario reader then reports at its line — is a scenario.
 *
 * <p>{@code plsim validate} takes all three; it reads a file's text once ({@code ScenarioText}, size checked
 * first) and asks this once, with the same parser limits as every reader.
 */
public enum InputKind {
    SCENARIO, SWEEP, CALIBRATION;

    /** The kind of {@code text} (at most {@code ScenarioText.MAX_BYTES}: larger text is a scenario, refused unread). */
    public static InputKind of(String text) {
        Node root = YamlTree.compose(text, new Reading("kind"));
        if (!(root instanceof MappingNode map)) {
            return SCENARIO;
        }
        boolean sweep = false;
        boolean calibration = false;
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                sweep |= k.getValue().equals("base") || k.getValue().equals("design");
                calibration |= k.getValue().equals("targets");
            }
        }
        return sweep ? SWEEP : calibration ? CALIBRATION : SCENARIO;
    }
}
