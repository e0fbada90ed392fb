package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One writer per sweep folder, with two real processes: a sweep in a JVM of its own, frozen mid-run
 * ({@code SIGSTOP}: it keeps its lock), refuses a {@code --resume} in a second JVM and a merge here, each naming
 * its pid; thawed, it finishes to the runs.csv of an undisturbed sweep. A sweep killed mid-run ({@code kill
 * -9}) leaves its lock file's text behind, which blocks nothing.
 */
class SweepFolderLockTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Path sweepFile() throws IOException {
        Files.writeString(tmp.resolve("base.yaml"), """
                title: small blended district
                years: 1
                district:
                  name: Small
                  schools:
                    - {name: elementary, count: 1, grades: K-5, students_per_grade: 30}
                components:
                  blended_learning:
                    rollout: {grades: 3-5}
                """);
        return Files.writeString(tmp.resolve("locked.yaml"), """
                title: dosage, small
                base: base.yaml
                replicates: 16
                design: factorial
                factors:
                  components.blended_learning.adaptive_minutes_per_week.math: {levels: [45, 90, 180]}
                outputs:
                  measures: [achievement]
                  subgroups: [all]
                """);
    }

    private int here(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Process child(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the child has appended a first run to its part file: it holds the folder's lock then. */
    private static void awaitFirstRun(Process child, Path part, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(part) || !Files.readString(part).contains("\n# done ")) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                fail("the child sweep never got going: " + Files.readString(log));
            }
            Thread.sleep(10);
        }
    }

    private static void signal(String name, Process p) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).start().waitFor());
    }

    /** Stops the process and waits until Linux says it is stopped (state T in /proc/PID/stat). */
    private static void freeze(Process p) throws Exception {
        signal("STOP", p);
        Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(stat).replaceFirst("^.*\\) ", "").startsWith("T")) {
            assertTrue(System.nanoTime() < deadline, "the child never stopped");
            Thread.sleep(10);
        }
    }

    private byte[] cleanRuns(Path file) throws IOException {
        Path clean = tmp.resolve("clean");
        assertEquals(0, here("sweep", file.toString(), "--out", clean.toString(), "--threads", "2", "--quiet"),
                err.toString());
        return Files.readAllBytes(clean.resolve("runs.csv"));
    }

    @Test
    void aSecondProcess_resumeOrMerge_isRefusedNamingTheFirst_whichFinishesUndisturbed() throws Exception {
        Path file = sweepFile();
        Path dir = tmp.resolve("locked");
        Path part = dir.resolve("shards/runs-0-of-1.csv.part");
        Process first = child(tmp.resolve("first.log"), "sweep", file.toString(), "--out", dir.toString(),
                "--threads", "1", "--quiet");
        Process second = null;
        try {
            awaitFirstRun(first, part, tmp.resolve("first.log"));
            freeze(first);
            assertTrue(Files.exists(part), "frozen mid-sweep, before its part file is complete");
            byte[] before = Files.readAllBytes(part);

            second = child(tmp.resolve("second.log"), "sweep", file.toString(), "--out", dir.toString(), "--resume",
                    "--quiet");
            assertTrue(second.waitFor(120, TimeUnit.SECONDS), "the second process ends by itself");
            String said = Files.readString(tmp.resolve("second.log"));
            assertEquals(2, second.exitValue(), said);
            assertTrue(said.contains("shard 0/1 is being run by pid " + first.pid() + " on "), said);
            assertTrue(said.contains("\"plsim sweep " + file + " --out " + dir + " --threads 1 --quiet\") since 20"),
                    "names the command and since when: " + said);
            assertArrayEquals(before, Files.readAllBytes(part), "the refused process wrote nothing");

            assertEquals(2, here("merge", dir.toString()));
            assertTrue(err.toString().contains("shard 0/1 is being run by pid " + first.pid()), err.toString());
            assertEquals(2, here("status", dir.toString()));
            assertTrue(out.toString().contains("RUNNING NOW: shard 0/1 is being run by pid " + first.pid()),
                    out.toString());
            assertTrue(out.toString().contains("wait for it to end"), out.toString());
            assertArrayEquals(before, Files.readAllBytes(part), "neither did merge nor status");

            signal("CONT", first);
            assertTrue(first.waitFor(300, TimeUnit.SECONDS), "the first sweep finishes");
            assertEquals(0, first.exitValue(), Files.readString(tmp.resolve("first.log")));
        } finally {
            if (first.isAlive()) {
                signal("CONT", first);
            }
            first.destroyForcibly();
            if (second != null) {
                second.destroyForcibly();
            }
        }
        assertArrayEquals(cleanRuns(file), Files.readAllBytes(dir.resolve("runs.csv")), "never interleaved");
        assertEquals("", Files.readString(dir.resolve("shards/shard-0-of-1.lock")), "let go of, its text cleared");
    }

    @Test
    void aKilledSweepsLock_blocksNothing_andItsResumeIsByteIdentical() throws Exception {
        Path file = sweepFile();
        Path dir = tmp.resolve("killed");
        Process first = child(tmp.resolve("first.log"), "sweep", file.toString(), "--out", dir.toString(),
                "--threads", "1", "--quiet");
        try {
            awaitFirstRun(first, dir.resolve("shards/runs-0-of-1.csv.part"), tmp.resolve("first.log"));
        } finally {
            first.destroyForcibly();
            first.waitFor(60, TimeUnit.SECONDS);
        }
        assertTrue(Files.readString(dir.resolve("shards/shard-0-of-1.lock")).contains("pid: " + first.pid()),
                "the dead process's text is still there");
        assertEquals(2, here("status", dir.toString()));
        assertTrue(!out.toString().contains("RUNNING NOW") && out.toString().contains("to finish, run:"),
                out.toString());

        assertEquals(0, here("sweep", file.toString(), "--out", dir.toString(), "--resume", "--quiet"),
                err.toString());
        assertArrayEquals(cleanRuns(file), Files.readAllBytes(dir.resolve("runs.csv")));
    }
}
