package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code plsim check}: on a machine that reproduces PLSim every check matches; a differing table is caught; the
 * sweep and hash it ships stay those of the golden test (main code may not read test resources, so they are
 * copies, kept equal here).
 */
class CheckCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int check(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new java.util.ArrayList<>(List.of("check"));
        all.addAll(List.of(args));
        return cli.execute(all.toArray(String[]::new));
    }

    @Test
    void thisMachine_matchesOnOneAndTwoThreads_shardsAndTheGoldenHash() {
        assertEquals(0, check("--threads", "2"), out + "\n" + err);
        String said = out.toString();
        assertTrue(said.contains("MATCH    1 thread vs 2 threads"), said);
        assertTrue(said.contains("MATCH    2 shards merged vs unsplit"), said);
        assertTrue(said.contains("MATCH    runs.csv vs golden SHA-256"), said);
        assertFalse(said.contains("DIFFERS"), said);
    }

    @Test
    void oneThreadAsTheParallelRun_isBadInput() {
        assertEquals(2, check("--threads", "1"));
        assertTrue(err.toString().contains("--threads: found 1, allowed: 2 or more"), err.toString());
    }

    @Test
    void aTableThatDiffersByOneByte_orIsMissing_differs(@TempDir Path tmp) throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        for (String t : CheckCommand.TABLES) {
            Files.writeString(a.resolve(t), "x,1\n");
            Files.writeString(b.resolve(t), "x,1\n");
        }
        assertTrue(CheckCommand.same(a, b));
        Files.writeString(b.resolve("summary.csv"), "x,2\n");
        assertFalse(CheckCommand.same(a, b));
        Files.delete(b.resolve("summary.csv"));
        assertFalse(CheckCommand.same(a, b));
    }

    @Test
    void theShippedSweepAndHash_areTheGoldenTests() throws IOException {
        for (String f : CheckCommand.FILES) {
            assertEquals(withoutComments(Files.readString(GOLDEN.resolve("sweep").resolve(f))),
                    withoutComments(CheckCommand.text(f)), f + " in src/main/resources/org/plsim/check");
        }
        String pinned = Files.readAllLines(GOLDEN.resolve("outputs.sha256")).stream()
                .filter(l -> l.startsWith("sweep-fixed/runs.csv ")).findFirst().orElseThrow()
                .substring("sweep-fixed/".length());
        assertEquals(pinned, String.join(" ", CheckCommand.pinned()),
                "re-pinned goldens: copy the sweep-fixed/runs.csv line into org/plsim/check/golden.sha256");
    }

    private static List<String> withoutComments(String text) {
        return text.lines().filter(l -> !l.startsWith("#")).toList();
    }
}
