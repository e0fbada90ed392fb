package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.components.ComponentRegistry;
import org.plsim.io.yaml.Problem;
import org.plsim.io.input.ReadScenario;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.workflow.ScenarioSource;
import picocli.CommandLine;

/**
 * {@code plsim run} against scenarios built in Java (about 1,000 students, 2 years, 2 replicates), so the
 * command's own behaviour is tested apart from the YAML reader; the last tests run real scenario files.
 */
class RunCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final List<String> TABLES = List.of("outcomes.csv", "effects.csv", "summary.csv");

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    static ScenarioSpec practice() {
        return Districts.scenario(Districts.k12(2, 40), 2, 2,
                List.of(new ComponentSpec("extra_practice", Map.of("sd_per_week", 0.004))));
    }

    private int run(ScenarioSpec spec, String... args) {
        return run((file, registry, threads) -> ReadScenario.of(spec), args);
    }

    private int run(ScenarioSource source, String... args) {
        CommandLine cli = new CommandLine(new RunCommand(source, ComponentRegistry::discover, CLOCK));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String[] args(String... more) {
        List<String> all = new ArrayList<>(List.of("test.yaml", "--results-dir", tmp.resolve("results").toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void aRun_writesEveryFileIntoAFolderNamedByUtcTimeAndSeed_andSumsUp() throws IOException {
        assertEquals(0, run(practice(), args()), err.toString());

        Path folder = tmp.resolve("results/test/20240102-030405-seed42");
        assertEquals(List.of("costs.csv", "effects.csv", "effects.svg", "manifest.json", "outcomes.csv",
                "report.html", "summary.csv", "trajectory.png", "trajectory.svg"), names(folder));
        assertEquals(List.of("20240102-030405-seed42"), names(tmp.resolve("results/test")), "no staging left");
        String summary = out.toString();
        assertTrue(summary.contains("Effect on achievement, whole district (all students), all grades"), summary);
        assertTrue(summary.matches("(?s).*\\n\\s+2\\s+math\\s+\\+0\\.\\d{3} SD"
                + "\\s+\\[\\+0\\.\\d{3}, \\+0\\.\\d{3}\\] SD.*percentile points.*"), summary);
        assertTrue(summary.contains("20240102-030405-seed42"));
        assertEquals("", err.toString());
    }

    @Test
    void aSecondRunInTheSameSecond_getsASuffix_andLeavesTheFirstAlone() throws IOException {
        assertEquals(0, run(practice(), args()));
        byte[] first = Files.readAllBytes(tmp.resolve("results/test/20240102-030405-seed42/manifest.json"));

        assertEquals(0, run(practice(), args()));

        assertEquals(List.of("20240102-030405-seed42", "20240102-030405-seed42-2"), names(tmp.resolve("results/test")));
        assertArrayEquals(first, Files.readAllBytes(tmp.resolve("results/test/20240102-030405-seed42/manifest.json")));
    }

    @Test
    void anOutFolderWithContent_isRefusedWithExit2_andLeftUntouched() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me\n");

        assertEquals(2, run(practice(), args("--out", mine.toString())));

        assertTrue(err.toString().contains("--out: found " + mine), err.toString());
        assertEquals(List.of("notes.txt"), names(mine));
        assertEquals("keep me\n", Files.readString(mine.resolve("notes.txt")));
        assertEquals(List.of("mine"), names(tmp), "nothing else written");
    }

    @Test
    void anEmptyOrMissingOutFolder_receivesTheResult() throws IOException {
        Path out1 = tmp.resolve("exact/one");

        assertEquals(0, run(practice(), args("--out", out1.toString())));

        assertTrue(Files.exists(out1.resolve("summary.csv")));
        assertFalse(Files.exists(tmp.resolve("results")), "--out replaces the results-dir layout");
    }

    @Test
    void aBadScenarioFile_listsEveryProblem_exits2_andCreatesNoFolder() {
        ScenarioSource bad = (file, registry, threads) -> {
            throw new ScenarioException(List.of(
                    new Problem("bad.yaml", 4, "district.class_size", "found 0, allowed: a whole number from 5 to 60"),
                    new Problem("bad.yaml", 9, "years", "found 40, allowed: a whole number from 1 to 12")));
        };

        assertEquals(2, run(bad, args()));

        List<String> lines = err.toString().lines().toList();
        assertEquals(List.of("bad.yaml:4: district.class_size: found 0, allowed: a whole number from 5 to 60",
                "bad.yaml:9: years: found 40, allowed: a whole number from 1 to 12"), lines);
        assertFalse(Files.exists(tmp.resolve("results")));
        assertEquals("", out.toString());
    }

    @Test
    void unknownComponents_areEachNamed_exit2_andNothingIsWritten() {
        ScenarioSpec spec = Districts.scenario(Districts.k12(2, 40), 1, 2, List.of(
                new ComponentSpec("tutoring", Map.of()), new ComponentSpec("laptops", Map.of())));

        assertEquals(2, run(spec, args()));

        List<String> lines = err.toString().lines().toList();
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("test.yaml: components.tutoring: found unknown component 'tutoring', "
                + "allowed: one of "), lines.get(0));
        assertFalse(Files.exists(tmp.resolve("results")));
    }

    @Test
    void replicatesOutOfRange_isAUsageError() {
        assertEquals(2, run(practice(), args("--replicates", "0")));

        assertTrue(err.toString().contains("--replicates: found 0, allowed: a whole number from 1 to 10000"),
                err.toString());
        assertFalse(Files.exists(tmp.resolve("results")));
    }

    @Test
    void seedAndReplicates_overrideTheScenario_andTheManifestSaysSo() throws IOException {
        assertEquals(0, run(practice(), args("--seed", "7", "--replicates", "3", "--quiet")));

        Path folder = tmp.resolve("results/test/20240102-030405-seed7");
        assertEquals(folder.toString(), out.toString().strip(), "--quiet prints the folder alone");
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertEquals(7, manifest.get("root_seed").asLong());
        assertEquals(3, manifest.get("run_seeds").size());
        assertEquals(7, manifest.get("scenario").get("seed").asLong());
        assertEquals(3, manifest.get("scenario").get("replicates").asInt());
        assertEquals(List.of("test.yaml", "--results-dir", tmp.resolve("results").toString(), "--seed", "7",
                "--replicates", "3", "--quiet"), strings(manifest.get("command_line")));
    }

    @Test
    void theSameScenarioAndSeed_twice_giveByteIdenticalTables() throws IOException {
        assertEquals(0, run(practice(), args("--out", tmp.resolve("a").toString())));
        assertEquals(0, run(practice(), args("--out", tmp.resolve("b").toString())));

        for (String table : TABLES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(table)),
                    Files.readAllBytes(tmp.resolve("b").resolve(table)), table);
        }
    }

    @Test
    void oneThreadOrTwo_giveByteIdenticalTables() throws IOException {
        assertEquals(0, run(practice(), args("--threads", "1", "--out", tmp.resolve("t1").toString())));
        assertEquals(0, run(practice(), args("--threads", "2", "--out", tmp.resolve("t2").toString())));

        for (String table : TABLES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("t1").resolve(table)),
                    Files.readAllBytes(tmp.resolve("t2").resolve(table)), table);
        }
    }

    @Test
    void withNoComponent_theSummarySaysBothArmsAreBusinessAsUsual() throws IOException {
        assertEquals(0, run(Districts.small(1), args()));

        assertTrue(out.toString().contains("both arms are business as usual, so every effect is exactly 0"));
        Path summary = tmp.resolve("results/test/20240102-030405-seed42/summary.csv");
        List<String> effects = Files.readAllLines(summary).stream().skip(1).map(l -> l.split(",", -1)[10]).toList();
        assertTrue(effects.stream().allMatch("0.000000"::equals), "every effect_mean is 0");
    }

    @Test
    void threadsBelowOne_isRefused() {
        assertEquals(2, run(practice(), args("--threads", "0")));
        assertTrue(err.toString().startsWith("--threads: found 0"));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            out.add(it.next().asText());
        }
        return out;
    }
}
