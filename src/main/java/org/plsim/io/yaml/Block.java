package org.plsim.io.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One map of the scenario laid over the same map of the reference: each value comes from the scenario
 * when it gives one of the right type, else from the reference. This is the deep merge, done while
 * reading, so that every value keeps the line it came from. The keys the reader asks for are the format:
 * any other key in the scenario is reported as unknown, with the closest known key as a suggestion.
 */
public final class Block {
    private final Reading reading;
    private final String path;
    private final Map<String, NodeTuple> given;
    private final Map<String, NodeTuple> reference;
    private final int line;
    private final Set<String> asked = new LinkedHashSet<>();

    public Block(Reading reading, String path, MappingNode given, MappingNode reference, int line) {
        this.reading = reading;
        this.path = path;
        this.given = given == null ? Map.of() : YamlTree.keys(given, path, reading);
        this.reference = reference == null ? Map.of() : YamlTree.keys(reference, path, null);
        this.line = line;
        reading.line(path, line);
        reading.register(this);
    }

    public String path() {
        return path;
    }

    public Reading reading() {
        return reading;
    }

    public String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /**
     * A whole number. One beyond Java's {@code int} (say {@code replicates: 99999999999999}) is passed on as the
     * nearest {@code int}, so that the record still says what range is allowed, with the text as written as what
     * was found (see {@link Reading#overflowed}).
     */
    public int whole(String key) {
        Node node = given(key);
        if (node instanceof ScalarNode s && s.getTag().equals(org.yaml.snakeyaml.nodes.Tag.INT)
                && Scalars.value(s) instanceof Number n && !(n instanceof Integer)) {
            reading.overflowed(path(key), s.getValue());
            return n instanceof java.math.BigInteger b ? (b.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE)
                    : n.longValue() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        return value(key, "a whole number", n -> Scalars.whole(n, Integer.MAX_VALUE), 0L).intValue();
    }

    public long wholeLong(String key) {
        return value(key, "a whole number (64-bit)", n -> Scalars.whole(n, Long.MAX_VALUE), 0L);
    }

    public double number(String key) {
        return value(key, "a number", Scalars::number, 0.0);
    }

    public String text(String key) {
        return value(key, "text", Scalars::text, "");
    }

    /** Text, or null when the key is absent from both files or has no value (the caller's default). */
    public String optionalText(String key) {
        Node node = given(key);
        if (node != null && !YamlTree.isNull(node) && Scalars.text(node) == null) {
            wrongType(key, node, "text");
        }
        return node != null ? Scalars.text(node) : reference.containsKey(key)
                ? Scalars.text(reference.get(key).getValueNode()) : null;
    }

    /** A map that may be absent from the scenario; a wrong type is reported and the reference's map used. */
    public Block block(String key) {
        Node node = given(key);
        MappingNode ref = reference.containsKey(key) ? (MappingNode) reference.get(key).getValueNode() : null;
        if (node instanceof MappingNode m) {
            return new Block(reading, path(key), m, ref, reading.lineOf(path(key)));
        }
        if (node != null) {
            wrongType(key, node, "a map with keys " + (ref == null ? "" : String.join(", ",
                    YamlTree.keys(ref, "", null).keySet())));
        }
        return new Block(reading, path(key), null, ref, reading.lineOf(path(key)));
    }

    /** A list of maps (the list replaces the reference's list wholesale; its items have no defaults). */
    public List<Block> blocks(String key, String itemAllowed) {
        Node node = given(key);
        List<Block> out = new ArrayList<>();
        if (node instanceof SequenceNode list) {
            for (int i = 0; i < list.getValue().size(); i++) {
                Node item = list.getValue().get(i);
                String p = path(key) + "[" + i + "]";
                if (item instanceof MappingNode m) {
                    out.add(new Block(reading, p, m, null, YamlTree.line(item)));
                } else {
                    reading.problem(YamlTree.line(item), p, "found " + YamlTree.describe(item) + ", allowed: "
                            + itemAllowed);
                }
            }
            return out;
        }
        if (node != null) {
            wrongType(key, node, "a list, each item (starting with '- ') " + itemAllowed);
        }
        SequenceNode ref = (SequenceNode) reference.get(key).getValueNode();
        for (int i = 0; i < ref.getValue().size(); i++) {
            out.add(new Block(reading, path(key) + "[" + i + "]", null, (MappingNode) ref.getValue().get(i),
                    reading.lineOf(path(key))));
        }
        return out;
    }

    /** A list of {@code size} numbers; wrong items are reported and replaced by the reference's. */
    public double[] numbers(String key, int size, Function<Integer, String> itemLabel) {
        Node node = given(key);
        SequenceNode ref = (SequenceNode) reference.get(key).getValueNode();
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = Scalars.number(ref.getValue().get(i));
        }
        String allowed = size + " numbers in a list, e.g. [" + Scalars.text(ref.getValue().get(0)) + ", …]";
        if (node instanceof SequenceNode list && list.getValue().size() == size) {
            for (int i = 0; i < size; i++) {
                Node item = list.getValue().get(i);
                String p = path(key) + "[" + itemLabel.apply(i) + "]";
                reading.line(p, YamlTree.line(item));
                Double d = Scalars.number(item);
                if (d == null) {
                    reading.problem(YamlTree.line(item), p, "found " + YamlTree.describe(item) + ", allowed: a number");
                } else {
                    out[i] = d;
                }
            }
        } else if (node != null) {
            wrongType(key, node, allowed);
        }
        return out;
    }

    /** Entries of a free-form map (name → value node, value possibly null), reference entries first. */
    public Map<String, Node> entries(String key) {
        Node node = given(key);
        Map<String, Node> out = new LinkedHashMap<>();
        if (reference.get(key) != null && reference.get(key).getValueNode() instanceof MappingNode ref) {
            YamlTree.keys(ref, path(key), null).forEach((k, t) -> out.put(k, t.getValueNode()));
        }
        if (node instanceof MappingNode m) {
            YamlTree.keys(m, path(key), reading).forEach((k, t) -> {
                reading.line(path(key) + "." + k, YamlTree.line(t.getKeyNode()));
                out.put(k, t.getValueNode());
            });
        } else if (node != null && !YamlTree.isNull(node)) {
            wrongType(key, node, "a map of name: settings");
        }
        return out;
    }

    /** {@link #entries(String)}, with {@code allowed} saying what the map should hold when it is not a map. */
    public Map<String, Node> entries(String key, String allowed) {
        Node node = given(key);
        if (node != null && !(node instanceof MappingNode) && !YamlTree.isNull(node)) {
            wrongType(key, node, allowed);
            return new LinkedHashMap<>();
        }
        return entries(key);
    }

    /** A list of text items, e.g. {@code [a, b]}; when absent, the reference's list, else a problem. */
    public List<String> texts(String key) {
        String allowed = "a list of text, e.g. [a, b]";
        Node node = given(key);
        if (node == null && reference.containsKey(key)) {
            node = reference.get(key).getValueNode();
        }
        List<String> out = new ArrayList<>();
        if (node == null) {
            reading.problem(path(key), "missing, allowed: " + allowed);
        } else if (node instanceof SequenceNode list) {
            for (int i = 0; i < list.getValue().size(); i++) {
                Node item = list.getValue().get(i);
                String text = item instanceof SequenceNode || item instanceof MappingNode ? null : Scalars.text(item);
                if (text == null) {
                    reading.problem(YamlTree.line(item), path(key) + "[" + i + "]", "found " + YamlTree.describe(item)
                            + ", allowed: text");
                } else {
                    out.add(text);
                }
            }
        } else {
            wrongType(key, node, allowed);
        }
        return out;
    }

    /** The file's node for {@code key}, or null: for values that may take more than one form. */
    public Node node(String key) {
        return given(key);
    }

    /** Called once the whole file is read: keys never asked for are not part of the format. */
    void reportUnknownKeys() {
        for (Map.Entry<String, NodeTuple> e : given.entrySet()) {
            if (!asked.contains(e.getKey())) {
                String closest = ClosestKey.among(e.getKey(), asked);
                reading.problem(YamlTree.line(e.getValue().getKeyNode()), path(e.getKey()), "unknown key '"
                        + e.getKey() + "'" + (closest != null ? ", did you mean '" + closest + "'?"
                        : "; allowed here: " + String.join(", ", asked)));
            }
        }
    }

    /** The scenario's value node for {@code key}, or null; records the key's line (or this map's). */
    private Node given(String key) {
        asked.add(key);
        NodeTuple t = given.get(key);
        reading.line(path(key), t == null ? line : YamlTree.line(t.getKeyNode()));
        return t == null ? null : t.getValueNode();
    }

    private <T> T value(String key, String allowed, Function<Node, T> parse, T placeholder) {
        Node node = given(key);
        if (node != null) {
            T v = parse.apply(node);
            if (v != null) {
                return v;
            }
            wrongType(key, node, allowed);
        }
        NodeTuple ref = reference.get(key);
        if (ref != null) {
            return parse.apply(ref.getValueNode());
        }
        if (node == null) {
            reading.problem(path(key), "missing, allowed: " + allowed);
        }
        return placeholder;
    }

    /** Reported at the key's line: a block-style value starts on the next one, the field on this one. */
    private void wrongType(String key, Node node, String allowed) {
        reading.problem(path(key), "found " + YamlTree.describe(node) + ", allowed: " + allowed);
    }
}
