package org.plsim.io.input;

import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.ClosestKey;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.Scalars;
import org.plsim.io.yaml.YamlTree;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Optional values of a sweep file, which has no reference file to take defaults from: each is null when
 * the key is absent, and a problem (with the key's line) when it has the wrong type or lies out of range.
 */
final class SweepValues {
    private SweepValues() {
    }

    static Long whole(Block b, String key, long min, long max) {
        String allowed = "a whole number from " + min + " to " + max;
        Long v = typed(b, key, n -> Scalars.whole(n, Long.MAX_VALUE), allowed);
        if (v != null && (v < min || v > max)) {
            b.reading().problem(b.path(key), "found " + v + ", allowed: " + allowed);
            return null;
        }
        return v;
    }

    static Double number(Block b, String key, String allowed) {
        return typed(b, key, Scalars::number, allowed);
    }

    static Boolean flag(Block b, String key) {
        return typed(b, key, n -> n instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)
                ? (Boolean) Scalars.value(s) : null, "true or false");
    }

    static String text(Block b, String key, String allowed) {
        return typed(b, key, n -> n instanceof ScalarNode ? Scalars.text(n) : null, allowed);
    }

    /** A list of text items, or null when absent. */
    static List<String> texts(Block b, String key) {
        return b.node(key) == null ? null : b.texts(key);
    }

    /** One of {@code allowed}, with a did-you-mean; null when absent or unknown (the problem recorded). */
    static String choice(Block b, String key, List<String> allowed) {
        String text = text(b, key, "one of " + String.join(", ", allowed));
        return text == null ? null : known(b.reading(), b.path(key), text, allowed, "");
    }

    /** {@code text} when it is one of {@code allowed}; else a problem at {@code path} and null. */
    static String known(Reading reading, String path, String text, List<String> allowed, String what) {
        if (allowed.contains(text)) {
            return text;
        }
        String closest = ClosestKey.among(text, allowed);
        reading.problem(path, "found " + what + "'" + text + "', allowed: " + String.join(", ", allowed)
                + (closest != null ? "; did you mean '" + closest + "'?" : ""));
        return null;
    }

    /** The labels of those of {@code items} that are known, problems for the others. */
    static List<String> knownAll(Block b, String key, List<String> items, List<String> allowed) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String ok = known(b.reading(), b.path(key) + "[" + i + "]", items.get(i), allowed, "");
            if (ok != null) {
                out.add(ok);
            }
        }
        return out;
    }

    /**
     * The map under {@code key} as a block without defaults; absent, an empty block (every value absent);
     * of another type, a problem and an empty block. {@code keys} lists the keys allowed, for the message.
     */
    static Block block(Block b, String key, String keys) {
        Node node = b.node(key);
        int line = b.reading().lineOf(b.path(key));
        if (node instanceof MappingNode m) {
            return new Block(b.reading(), b.path(key), m, null, line);
        }
        if (node != null) {
            b.reading().problem(b.path(key), "found " + YamlTree.describe(node) + ", allowed: a map with keys " + keys);
        }
        return new Block(b.reading(), b.path(key), null, null, line);
    }

    private static <T> T typed(Block b, String key, Function<Node, T> parse, String allowed) {
        Node node = b.node(key);
        if (node == null) {
            return null;
        }
        T v = parse.apply(node);
        if (v == null) {
            b.reading().problem(b.path(key), "found " + YamlTree.describe(node) + ", allowed: " + allowed);
        }
        return v;
    }
}
