package org.plsim.io.yaml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * The limits on what a few lines of YAML can become, checked over the parser's events before anything is
 * composed, so that each is reported at its line and field: maps and lists nested at most {@link
 * YamlTree#MAX_NESTING} deep and at most {@link YamlTree#MAX_ALIASES} aliases to maps or lists (SnakeYAML stops at
 * both, but without saying where), no alias inside the map or list it names (a loop: reading it as settings would
 * never end), and at most {@link #MAX_ADDED} values added by expanding aliases (48 aliases to aliases make 16
 * million). A text that is not YAML passes: composing it says what is wrong.
 */
final class ComposeLimits {
    /** Values that expanding every alias may add to a file; real files share a block or two. */
    static final int MAX_ADDED = 100_000;

    private final Reading reading;
    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<String, Anchor> anchors = new HashMap<>();
    private int collectionAliases;
    private long added;

    private ComposeLimits(Reading reading) {
        this.reading = reading;
    }

    /** Whether {@code text} passes a limit, the first such reported to {@code reading}. */
    static boolean passed(String text, Reading reading) {
        ComposeLimits limits = new ComposeLimits(reading);
        try {
            for (Event e : new Yaml(YamlTree.limits()).parse(new StringReader(text))) {
                if (!limits.within(e)) {
                    return true;
                }
            }
        } catch (YAMLException notYaml) {
            return false; // composing the text reports it, with its line
        }
        return false;
    }

    /** False, with the problem reported, when {@code e} passes a limit. */
    private boolean within(Event e) {
        if (e instanceof DocumentStartEvent) {
            anchors.clear(); // anchors name nodes of their own document only
        } else if (e instanceof ScalarEvent s) {
            remember(s, 1, false);
            done(1);
        } else if (e instanceof AliasEvent a) {
            return alias(a);
        } else if (e instanceof CollectionStartEvent c) {
            Open o = new Open(childPath(), c instanceof MappingStartEvent, c.getAnchor());
            open.push(o);
            if (o.anchor != null) {
                anchors.put(o.anchor, Anchor.OPEN);
            }
            if (open.size() > YamlTree.MAX_NESTING) {
                return refuse(c, o.path, "found maps and lists nested " + open.size() + " levels deep, allowed: at "
                        + "most " + YamlTree.MAX_NESTING + " levels");
            }
        } else if (e instanceof CollectionEndEvent) {
            Open o = open.pop();
            if (o.anchor != null) {
                anchors.put(o.anchor, new Anchor(o.size, true));
            }
            done(o.size);
        }
        return true;
    }

    private boolean alias(AliasEvent a) {
        String path = childPath();
        Anchor anchor = anchors.get(a.getAnchor());
        if (anchor == null) {
            done(1); // an undefined alias: composing reports it
            return true;
        }
        if (anchor == Anchor.OPEN) {
            return refuse(a, path, "found the alias *" + a.getAnchor() + " inside the map or list it names, which "
                    + "would repeat it without end; allowed: an alias to a map or list that ends before the alias");
        }
        if (anchor.collection && ++collectionAliases > YamlTree.MAX_ALIASES) {
            return refuse(a, path, "found alias number " + collectionAliases + " to a map or list (*" + a.getAnchor()
                    + "), allowed: at most " + YamlTree.MAX_ALIASES + " aliases to maps or lists in a file");
        }
        added += anchor.size - 1;
        if (added > MAX_ADDED) {
            return refuse(a, path, String.format(Locale.ROOT, "found the alias *%s, which brings the values that "
                    + "aliases add to %,d, allowed: at most %,d values added by aliases (aliases to aliases multiply: "
                    + "a few lines can make millions)", a.getAnchor(), added, MAX_ADDED));
        }
        done(anchor.size);
        return true;
    }

    private void remember(NodeEvent e, long size, boolean collection) {
        if (e.getAnchor() != null) {
            anchors.put(e.getAnchor(), new Anchor(size, collection));
        }
        if (open.peek() != null && open.peek().mapping && open.peek().expectingKey && e instanceof ScalarEvent s) {
            open.peek().key = s.getValue();
        }
    }

    /** A node of {@code size} values (itself and all inside it, aliases expanded) is complete. */
    private void done(long size) {
        Open parent = open.peek();
        if (parent == null) {
            return;
        }
        parent.size += size;
        if (parent.mapping) {
            parent.expectingKey = !parent.expectingKey;
        } else {
            parent.index++;
        }
    }

    /** The field path of the node that starts now, as messages write it ({@code a.b[2].c}). */
    private String childPath() {
        Open parent = open.peek();
        if (parent == null) {
            return "";
        }
        if (!parent.mapping) {
            return parent.path + "[" + parent.index + "]";
        }
        String key = parent.expectingKey || parent.key == null ? "" : parent.key;
        return parent.path.isEmpty() ? key : key.isEmpty() ? parent.path : parent.path + "." + key;
    }

    private boolean refuse(Event e, String path, String message) {
        reading.problem(e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1, path, message);
        return false;
    }

    /** A map or list being read: its field path, what it holds so far, and for a map whether a key is next. */
    private static final class Open {
        final String path;
        final boolean mapping;
        final String anchor;
        long size = 1;
        int index;
        boolean expectingKey = true;
        String key;

        Open(String path, boolean mapping, String anchor) {
            this.path = path;
            this.mapping = mapping;
            this.anchor = anchor;
        }
    }

    /** What an anchor names: how many values it expands to, and whether it is a map or list. */
    private record Anchor(long size, boolean collection) {
        /** An anchored map or list not yet ended: an alias to it is a loop. */
        static final Anchor OPEN = new Anchor(-1, true);
    }
}
