package org.plsim.io.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML text composed to SnakeYAML nodes rather than loaded to plain maps, because only nodes remember the
 * line each value came from, and every problem must name its line. Also says, in words a user would
 * recognise, what a node is ("the text 'abc'", "a list of 3 items").
 */
public final class YamlTree {
    private YamlTree() {
    }

    /** The document's root node; null, with a problem recorded, when the text is empty or not YAML. */
    public static Node compose(String text, Reading reading) {
        return compose(text, reading, "a YAML map of scenario keys, each optional (see scenarios/reference.yaml)");
    }

    /**
     * {@link #compose(String, Reading)} for a file whose root should be {@code allowed}. Text beyond
     * {@link ScenarioText#MAX_BYTES} is refused unparsed; within it, text that passes a limit of {@link
     * ComposeLimits} ({@link #MAX_NESTING} levels, {@link #MAX_ALIASES} aliases to maps or lists, no alias looping
     * into itself, what aliases add once expanded) is refused at the line and field where it does.
     */
    public static Node compose(String text, Reading reading, String allowed) {
        long bytes = utf8Bytes(text);
        if (bytes > ScenarioText.MAX_BYTES) {
            reading.problem(0, "", ScenarioText.tooLarge("YAML text of", bytes));
            return null;
        }
        if (ComposeLimits.passed(text, reading)) {
            return null;
        }
        try {
            Node root = new Yaml(limits()).compose(new StringReader(text));
            if (root == null || isNull(root)) {
                reading.problem(1, "", "the file is empty; allowed: " + allowed);
                return null;
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            reading.problem(at == null ? 0 : at.getLine() + 1, "", "malformed YAML: " + e.getProblem() + context
                    + "; check the indentation (spaces, not tabs) and quote text containing ': ' or ' #'");
            return null;
        } catch (YAMLException e) {
            reading.problem(0, "", "malformed YAML: " + e.getMessage());
            return null;
        }
    }

    /**
     * The root node of a YAML file shipped in PLSim's jar (the reference scenario): composed without the
     * {@link ComposeLimits} pass over its events, which guards against what a user's few lines could become, so
     * that a run does not parse the program's own file twice. Null when the text is not YAML.
     */
    public static Node composeShipped(String text) {
        try {
            return new Yaml(limits()).compose(new StringReader(text));
        } catch (YAMLException e) {
            return null;
        }
    }

    /** Nesting levels of maps and lists the parser accepts (SnakeYAML's default). */
    public static final int MAX_NESTING = 50;
    /** Aliases ({@code *name}) to maps or lists the parser accepts (SnakeYAML's default). */
    public static final int MAX_ALIASES = 50;

    /** The limits every YAML input is parsed with. */
    static LoaderOptions limits() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) ScenarioText.MAX_BYTES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        return options;
    }

    /** Bytes of {@code text} in UTF-8, counted without encoding it (a surrogate pair is 4). */
    private static long utf8Bytes(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    public static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    public static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /**
     * The keys of a map in file order. A key given twice is a problem (the second would silently win),
     * as is a key that is not plain text; {@code reading} may be null for the trusted reference.
     */
    static Map<String, NodeTuple> keys(MappingNode map, String path, Reading reading) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            String child = path.isEmpty() ? "" : path + ".";
            if (!(k instanceof ScalarNode s)) {
                if (reading != null) {
                    reading.problem(line(k), path, "found " + describe(k) + " as a key, allowed: a plain name");
                }
            } else if (out.containsKey(s.getValue())) {
                if (reading != null) {
                    reading.problem(line(k), child + s.getValue(), "found the key a second time (first on line "
                            + line(out.get(s.getValue()).getKeyNode()) + "), allowed: each key once");
                }
            } else {
                out.put(s.getValue(), t);
            }
        }
        return out;
    }

    /** What the user wrote, for "found …" messages. */
    public static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode s) {
            return "a list of " + s.getValue().size() + (s.getValue().size() == 1 ? " item" : " items");
        }
        ScalarNode s = (ScalarNode) node;
        String text = s.getValue().length() > 40 ? s.getValue().substring(0, 37) + "..." : s.getValue();
        Tag tag = s.getTag();
        if (tag.equals(Tag.NULL)) {
            return "nothing (an empty value)";
        } else if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return text;
        } else if (tag.equals(Tag.BOOL)) {
            return "the yes/no value " + text;
        } else if (!s.isPlain() && Scalars.looksNumeric(text)) {
            return "the text \"" + text + "\" (a number in quotes: remove the quotes)";
        }
        return "the text '" + text + "'";
    }

    /** The node as plain Java values (maps, lists, numbers, text), for component settings; lines recorded. */
    public static Object plain(Node node, String path, Reading reading) {
        if (node instanceof MappingNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            keys(m, path, reading).forEach((k, t) -> {
                reading.line(path + "." + k, line(t.getKeyNode())); // so a component's own checks get lines
                out.put(k, plain(t.getValueNode(), path + "." + k, reading));
            });
            return out;
        }
        if (node instanceof SequenceNode s) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < s.getValue().size(); i++) {
                out.add(plain(s.getValue().get(i), path + "[" + i + "]", reading));
            }
            return out;
        }
        return Scalars.value((ScalarNode) node);
    }
}
