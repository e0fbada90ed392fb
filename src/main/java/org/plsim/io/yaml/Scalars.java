package org.plsim.io.yaml;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Scalars read the way SnakeYAML reads them (so 1_000, 0x1F and .inf mean what YAML says they mean), with
 * null for a node of another type: the reader turns that null into a "found …, allowed: …" problem.
 */
public final class Scalars extends SafeConstructor {
    private Scalars() {
        super(new LoaderOptions());
    }

    /** Numbers, booleans, null and text; other tags (dates, binary, custom) stay as their text. */
    public static Object value(ScalarNode node) {
        Tag tag = node.getTag();
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL) || tag.equals(Tag.NULL)) {
            return new Scalars().constructObject(node);
        }
        return node.getValue();
    }

    /** A number (whole or not), or null when the node is anything else. */
    public static Double number(Node node) {
        if (node instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
            return ((Number) value(s)).doubleValue();
        }
        return null;
    }

    /** A whole number within ±{@code limit} (25.0 counts, 25.5 does not), or null. */
    public static Long whole(Node node, long limit) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            Object v = value(s);
            return v instanceof Integer || v instanceof Long ? bounded(((Number) v).longValue(), limit) : null;
        }
        Double d = number(node);
        return d != null && d == Math.rint(d) && Math.abs(d) <= limit ? bounded(d.longValue(), limit) : null;
    }

    private static Long bounded(long v, long limit) {
        return Math.abs(v) <= limit || limit == Long.MAX_VALUE ? v : null;
    }

    /** Any non-empty scalar as text (a title of 2024 is the text "2024"), or null. */
    public static String text(Node node) {
        return node instanceof ScalarNode s && !YamlTree.isNull(s) ? s.getValue() : null;
    }

    static boolean looksNumeric(String text) {
        return text.trim().matches("[-+]?(\\d[\\d_]*)?\\.?\\d+([eE][-+]?\\d+)?");
    }
}
