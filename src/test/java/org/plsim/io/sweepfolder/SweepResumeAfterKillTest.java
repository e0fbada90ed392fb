package org.plsim.io.sweepfolder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepProgress;
import org.plsim.experiment.sweep.SweepRun;
import org.plsim.testing.SweepChild;

/**
 * A sweep whose JVM is killed ({@code destroyForcibly}: SIGKILL, no shutdown hook, no flush) mid-sweep, its
 * part file then torn by hand as a power cut would, finishes with {@code --resume} exactly as an
 * uninterrupted sweep: the same runs.csv bytes, no run twice, only the missing runs rerun.
 */
class SweepResumeAfterKillTest {
    private static final int RUNS = 24;

    @TempDir
    Path tmp;

    @Test
    void killedChildJvm_thenTornTail_resumesToTheSameRunsCsv_withNoRunTwice() throws Exception {
        Path root = tmp.resolve("killed");
        Path part = root.resolve("shards/runs-0-of-1.csv.part");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SweepChild.class.getName(), root.toString(), "2", "150")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (markers(part) < 3) {
                if (!child.isAlive() || System.nanoTime() > deadline) {
                    fail("the child sweep never got going: " + Files.readString(tmp.resolve("child.log")));
                }
                Thread.sleep(10);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        int doneBeforeKill = markers(part);
        assertTrue(doneBeforeKill >= 3 && doneBeforeKill < RUNS, "killed mid-sweep: " + doneBeforeKill);
        Files.writeString(part, "test-sweep,2,7,-1234,1,all,math,all,achiev", StandardOpenOption.APPEND);

        ShardReport resumed = new SweepJob(SweepRun.of(SweepChild.PLAN), root, Shard.WHOLE, 3, true,
                "child.yaml", SweepProgress.NONE).run();
        assertTrue(resumed.tornBytes() > 0, "the torn tail was found and cut off");
        assertEquals(RUNS - doneBeforeKill, resumed.runsDone(), "only the missing runs ran");
        assertEquals(doneBeforeKill, resumed.runsSkipped());
        assertTrue(SweepMerge.merge(root).complete());

        Path clean = tmp.resolve("clean");
        new SweepJob(SweepRun.of(SweepChild.PLAN), clean, Shard.WHOLE, 1, false, "child.yaml", SweepProgress.NONE).run();
        SweepMerge.merge(clean);
        assertArrayEquals(Files.readAllBytes(clean.resolve("runs.csv")), Files.readAllBytes(root.resolve("runs.csv")));

        List<String> done = Files.readAllLines(root.resolve("shards/runs-0-of-1.csv")).stream()
                .filter(l -> l.startsWith("# done ")).toList();
        Set<String> keys = new HashSet<>();
        for (String m : done) {
            keys.add(m.split(" ")[2] + " " + m.split(" ")[3]);
        }
        assertEquals(RUNS, done.size(), "one block per run");
        assertEquals(RUNS, keys.size(), "no run twice");
        assertTrue(Files.readAllLines(root.resolve("runs.csv")).stream().noneMatch(l -> l.contains("achiev,")
                || l.contains("-1234")), "no torn row in runs.csv");
    }

    private static int markers(Path part) throws IOException {
        if (!Files.exists(part)) {
            return 0;
        }
        String text = new String(Files.readAllBytes(part), StandardCharsets.UTF_8);
        int n = 0;
        for (int i = text.indexOf("\n# done "); i >= 0; i = text.indexOf("\n# done ", i + 1)) {
            n++;
        }
        return n;
    }
}
