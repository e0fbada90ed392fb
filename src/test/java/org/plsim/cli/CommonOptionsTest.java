package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --threads} and {@code --out} are one mixin each, so every command that takes them refuses a bad value
 * with the same message, exit 2, and writes nothing.
 */
class CommonOptionsTest {
    @TempDir
    Path tmp;

    private String err;

    private int plsim(String... args) {
        StringWriter e = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(e))
                .execute(args);
        err = e.toString();
        return code;
    }

    @Test
    void threads_isRefusedAlike_byEveryCommandThatRuns() throws Exception {
        String file = tmp.resolve("absent.yaml").toString();
        for (String command : List.of("run", "sweep", "reproduce", "calibrate")) {
            assertEquals(2, plsim(command, file, "--threads", "0", "--results-dir", tmp.toString()), command);
            assertEquals("--threads: found 0, allowed: a whole number of at least 1", err.strip(), command);
        }
        assertEquals(2, plsim("compare", file, file, "--threads", "0", "--results-dir", tmp.toString()));
        assertEquals("--threads: found 0, allowed: a whole number of at least 1", err.strip());
        try (var left = Files.list(tmp)) {
            assertEquals(0, left.count(), "nothing is written");
        }
    }

    @Test
    void anOccupiedOut_isRefusedAlike() throws Exception {
        Path occupied = Files.createDirectories(tmp.resolve("occupied"));
        Files.writeString(occupied.resolve("keep.txt"), "mine");
        String message = "--out: found " + occupied + ", which exists and is not an empty folder; allowed: a new or "
                + "empty folder (earlier results are never overwritten)";
        for (String command : List.of("reproduce", "calibrate")) {
            assertEquals(2, plsim(command, "scenarios/quickstart.yaml", "--out", occupied.toString()), command);
            assertEquals(message, err.strip(), command);
        }
        assertEquals(2, plsim("run", "scenarios/quickstart.yaml", "--out", occupied.toString()));
        assertTrue(err.contains(message), err);
        assertEquals(List.of("keep.txt"), Files.list(occupied).map(p -> p.getFileName().toString()).toList());
    }
}
