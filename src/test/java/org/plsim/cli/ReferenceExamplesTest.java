package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The commented examples of {@code scenarios/reference.yaml} are scenarios users copy, so each must be one
 * {@code plsim validate} accepts. Convention (stated in the file's header): a comment line starting
 * {@code # Example} is followed by the example's lines, each {@code #} and two or more spaces; without the
 * {@code #} they form a scenario file laid over the reference.
 */
class ReferenceExamplesTest {
    static final Path REFERENCE = Path.of("scenarios/reference.yaml");
    private static final List<String> SHIPPED = List.of("blended_learning", "competency_progression",
            "learning_plans", "partnerships");

    /** One commented example: the line of its {@code # Example} heading (1-based) and its YAML. */
    record Example(int line, String heading, String yaml) {
    }

    @Test
    void everyCommentedExample_validates(@TempDir Path dir) throws IOException {
        List<Example> examples = examples(Files.readAllLines(REFERENCE));
        assertTrue(examples.size() >= 5, "too few examples found: " + examples);
        List<String> rejected = new ArrayList<>();
        for (Example e : examples) {
            Path file = dir.resolve("example-line-" + e.line() + ".yaml");
            Files.writeString(file, e.yaml());
            String problems = validate(file);
            if (problems != null) {
                rejected.add(REFERENCE + ":" + e.line() + ": the example \"" + e.heading() + "\" does not validate:\n"
                        + e.yaml() + problems);
            }
        }
        assertTrue(rejected.isEmpty(), String.join("\n", rejected));
    }

    @Test
    void everyInstalledComponent_hasAnExample() throws IOException {
        TreeSet<String> shown = new TreeSet<>();
        for (Example e : examples(Files.readAllLines(REFERENCE))) {
            Object root = new Yaml().load(e.yaml());
            if (root instanceof Map<?, ?> m && m.get("components") instanceof Map<?, ?> c) {
                c.keySet().forEach(k -> shown.add(String.valueOf(k)));
            }
        }
        assertEquals(SHIPPED, List.copyOf(shown));
    }

    @Test
    void theConvention_readsABlockAfterItsHeading_andStopsAtTheFirstOtherLine() {
        List<Example> found = examples(List.of("# text", "# Example: one", "#   a:", "#     b: 1", "#",
                "#   not: this", "# Example", "#  c: 2", "# prose", "d: 3"));
        assertEquals(List.of(new Example(2, "Example: one", "a:\n  b: 1\n"), new Example(7, "Example", "c: 2\n")),
                found);
    }

    /** The examples of a file's lines, by the convention of the class comment. */
    static List<Example> examples(List<String> lines) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("# Example")) {
                continue;
            }
            List<String> body = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && lines.get(j).matches("#  +\\S.*"); j++) {
                body.add(lines.get(j).substring(1));
            }
            int indent = body.stream().mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
            StringBuilder yaml = new StringBuilder();
            body.forEach(l -> yaml.append(l.substring(indent)).append('\n'));
            out.add(new Example(i + 1, lines.get(i).substring(2).trim(), yaml.toString()));
        }
        return out;
    }

    /** Runs {@code plsim validate FILE}: null if it passes, else what it printed to standard error. */
    private static String validate(Path file) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.execute("validate", file.toString()) == 0 ? null : err.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }
}
