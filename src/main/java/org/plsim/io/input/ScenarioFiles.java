package org.plsim.io.input;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.Scalars;
import org.plsim.io.yaml.YamlTree;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A scenarios design's {@code files:}: each item a scenario file's path or a file-name pattern
 * ({@code ../rttd-2012/*.yaml}; wildcards {@code * ? [..] {a,b}} in the file name only), relative to the sweep
 * file. Items keep their order; a pattern's matches are sorted by name, so every machine expands the list the
 * same way. Problems are reported at the item's line, as {@code design.files[i]}.
 */
final class ScenarioFiles {
    private static final String ALLOWED = "a list of scenario files relative to this sweep file, each a path or a "
            + "file-name pattern, e.g. files: [../rttd-2012/*.yaml]";

    /**
     * One scenario file of the design.
     *
     * @param field   the item of {@code design.files} it comes from, e.g. {@code design.files[0]}
     * @param text    its path as the sweep file names it (a pattern's folder joined with the match's name)
     * @param pattern the pattern that matched it, or null for a path given as such
     * @param path    resolved against the sweep file's folder
     */
    record Entry(String field, String text, String pattern, Path path) {
        /** "'../a/b.yaml'" or "'../a/b.yaml' (matched by '../a/*.yaml')", for messages. */
        String describe() {
            return "'" + text + "'" + (pattern == null ? "" : " (matched by '" + pattern + "')");
        }
    }

    private ScenarioFiles() {
    }

    /** Every file the items name, in order; problems recorded for items that name none or a file twice. */
    static List<Entry> expand(Block design, Path sweepFile) {
        Reading reading = design.reading();
        Node node = design.node("files");
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            reading.problem(design.path("files"), (node == null ? "missing" : "found " + YamlTree.describe(node))
                    + ", allowed: " + ALLOWED);
            return List.of();
        }
        Path folder = sweepFile.toAbsolutePath().getParent();
        List<Entry> out = new ArrayList<>();
        Map<Path, String> seen = new HashMap<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            Node item = list.getValue().get(i);
            String field = design.path("files") + "[" + i + "]";
            reading.line(field, YamlTree.line(item));
            String text = Scalars.text(item);
            if (text == null || text.isBlank()) {
                reading.problem(field, "found " + YamlTree.describe(item) + ", allowed: a scenario file's path or a "
                        + "file-name pattern");
                continue;
            }
            for (Entry e : isPattern(text) ? matches(reading, field, text, folder) : List.of(literal(field, text, folder))) {
                String before = seen.putIfAbsent(e.path(), e.field());
                if (before != null) {
                    reading.problem(field, "found " + e.describe() + " again (also " + before + "), allowed: each "
                            + "scenario file once");
                } else {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static Entry literal(String field, String text, Path folder) {
        return new Entry(field, text, null, folder.resolve(text).normalize());
    }

    private static List<Entry> matches(Reading reading, String field, String pattern, Path folder) {
        int cut = pattern.lastIndexOf('/');
        String dirText = cut < 0 ? "" : pattern.substring(0, cut);
        String name = pattern.substring(cut + 1);
        if (isPattern(dirText)) {
            reading.problem(field, "found the pattern '" + pattern + "', allowed: wildcards in the file name only, "
                    + "e.g. ../rttd-2012/*.yaml");
            return List.of();
        }
        Path dir = folder.resolve(dirText).normalize();
        if (!Files.isDirectory(dir)) {
            reading.problem(field, "found the pattern '" + pattern + "', whose folder " + dir + " does not exist, "
                    + "allowed: a pattern in an existing folder, relative to this sweep file");
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + name);
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> matcher.matches(Path.of(n))).sorted().toList();
        } catch (IOException e) {
            reading.problem(field, "found the pattern '" + pattern + "', whose folder " + dir + " cannot be read ("
                    + e + ")");
            return List.of();
        }
        if (names.isEmpty()) {
            reading.problem(field, "found the pattern '" + pattern + "', which matches no file in " + dir
                    + ", allowed: a pattern matching at least one scenario file");
        }
        return names.stream().map(n -> new Entry(field, dirText.isEmpty() ? n : dirText + "/" + n, pattern,
                dir.resolve(n))).toList();
    }

    private static boolean isPattern(String text) {
        return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }
}
