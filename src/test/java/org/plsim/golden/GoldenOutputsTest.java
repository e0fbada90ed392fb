package org.plsim.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.Version;
import org.plsim.cli.Main;

/**
 * Golden outputs of every kind of result folder, pinned by SHA-256: a component scenario run, a fixed and an
 * adaptive sweep, and a reproduction, each made through the command line as a user makes it. Every CSV and
 * JSON file must be byte-identical to the pinned one; manifests are compared without the fields that depend
 * on the moment and the machine (time, commit, command line, thread count, JVM, timings) and without the
 * hashes of charts and HTML (their text is drawn with the machine's fonts); the clone's folder is masked.
 *
 * <p>A behaviour-preserving change (a refactoring, a move) must leave this test green. A change that is
 * meant to move numbers bumps {@link Version#MODEL} and re-pins with
 * {@code mvn test -Dtest=GoldenOutputsTest -Dplsim.golden.update=true}; the files written are kept under
 * {@code target/golden-actual/} whenever they differ, to be compared with a run of the previous version.
 */
class GoldenOutputsTest {
    private static final Path PINNED = Path.of("src/test/resources/golden/outputs.sha256");
    private static final Path ACTUAL = Path.of("target/golden-actual");
    private static final Set<String> MOMENT_AND_MACHINE = Set.of("created_at", "git_commit", "command_line",
            "threads", "available_processors", "java_version", "java_vendor", "os", "timings");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** One result folder made by one command line; {@code %s} stands for its output folder. */
    private record Case(String name, String... args) {
        String[] argsWithOut(Path out) {
            return Stream.of(args).map(a -> a.replace("%s", out.toString())).toArray(String[]::new);
        }
    }

    private static final List<Case> CASES = List.of(
            new Case("run-all-four", "run", "scenarios/components/all_four.yaml", "--seed", "42", "--replicates", "2",
                    "--threads", "2", "--out", "%s", "--quiet"),
            new Case("sweep-fixed", "sweep", "src/test/resources/golden/sweep/fixed.yaml", "--threads", "2",
                    "--out", "%s", "--quiet"),
            new Case("sweep-adaptive", "sweep", "src/test/resources/golden/sweep/adaptive.yaml", "--threads", "2",
                    "--out", "%s", "--quiet"),
            new Case("reproduce", "reproduce", "scenarios/studies/cheung-slavin-2013-math-edtech.yaml",
                    "scenarios/studies/evans-2019-nh-pace.yaml", "--threads", "2", "--out", "%s"));

    @Test
    void everyKindOfResultFolder_isByteIdenticalToThePinnedOutputs(@TempDir Path tmp) throws Exception {
        TreeMap<String, String> actual = new TreeMap<>();
        for (Case c : CASES) {
            Path out = tmp.resolve(c.name());
            assertEquals(0, Main.execute(c.argsWithOut(out)), c.name() + ": exit code");
            for (Path f : outputs(out)) {
                actual.put(c.name() + "/" + out.relativize(f), digest(f));
            }
        }
        if (Boolean.getBoolean("plsim.golden.update")) {
            StringBuilder text = new StringBuilder("# model version " + Version.MODEL + "\n");
            actual.forEach((file, d) -> text.append(file).append(' ').append(d).append('\n'));
            Files.writeString(PINNED, text.toString());
        }
        List<String> lines = Files.readAllLines(PINNED);
        assertEquals("# model version " + Version.MODEL, lines.get(0),
                "the pinned outputs were made by another model version: re-pin them (see the class comment)");
        TreeMap<String, String> pinned = new TreeMap<>();
        lines.stream().skip(1).map(l -> l.split(" ", 2)).forEach(p -> pinned.put(p[0], p[1]));
        assertTrue(pinned.size() >= 20, "a real pinned list: " + pinned.size() + " files");
        List<String> differ = new ArrayList<>();
        for (String file : union(pinned, actual)) {
            if (!String.valueOf(pinned.get(file)).equals(String.valueOf(actual.get(file)))) {
                differ.add(file + ": pinned " + pinned.get(file) + ", now " + actual.get(file));
            }
        }
        if (!differ.isEmpty()) {
            keep(tmp);
        }
        assertTrue(differ.isEmpty(), "outputs differ from the pinned ones (kept under " + ACTUAL + "):\n"
                + String.join("\n", differ));
    }

    private static List<String> union(TreeMap<String, String> a, TreeMap<String, String> b) {
        TreeMap<String, String> all = new TreeMap<>(a);
        all.putAll(b);
        return new ArrayList<>(all.keySet());
    }

    /**
     * Every CSV and JSON file of a result folder, in name order; not a shard's part file, which holds runs in
     * the order they finished (the merged {@code runs.csv} is what must not change).
     */
    private static List<Path> outputs(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().startsWith("runs-"))
                    .sorted().toList();
        }
    }

    /**
     * SHA-256 and size of a file; a manifest is read without its moment-and-machine fields first, and in JSON the
     * project's absolute path (which a shard sidecar records beside the relative one) reads as {@code <project>}.
     */
    private static String digest(Path f) throws IOException, NoSuchAlgorithmException {
        byte[] bytes = Files.readAllBytes(f);
        if (f.getFileName().toString().endsWith(".json")) {
            bytes = Files.readString(f).replace(Path.of("").toAbsolutePath().toString(), "<project>")
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (f.getFileName().toString().equals("manifest.json")) {
            JsonNode tree = JSON.readTree(bytes);
            strip(tree);
            bytes = JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + " " + bytes.length;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(MOMENT_AND_MACHINE);
            object.forEach(GoldenOutputsTest::strip);
        } else if (node instanceof ArrayNode array) {
            for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) {
                JsonNode element = it.next();
                String name = element.path("name").asText("");
                if (name.endsWith(".png") || name.endsWith(".svg") || name.endsWith(".html")) {
                    it.remove();
                } else {
                    strip(element);
                }
            }
        }
    }

    private static void keep(Path tmp) throws IOException {
        try (Stream<Path> files = Files.walk(tmp)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path to = ACTUAL.resolve(tmp.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
