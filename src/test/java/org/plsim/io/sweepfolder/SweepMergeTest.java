package org.plsim.io.sweepfolder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plsim.io.sweepfolder.SweepDeterminismTest.PLAN;
import static org.plsim.io.sweepfolder.SweepDeterminismTest.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.experiment.sweep.RunResult;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepKey;
import org.plsim.experiment.sweep.SweepProgress;
import org.plsim.experiment.sweep.SweepRun;
import org.plsim.testing.HandMadeSweep;

/** Merge takes every run exactly once, or says precisely what is missing or wrong and writes nothing. */
class SweepMergeTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingShard_isNamedWithItsResubmitCommand_andNothingIsWritten() throws Exception {
        Path root = tmp.resolve("r");
        job(root, new Shard(0, 3), 1, false);
        job(root, new Shard(2, 3), 1, false);
        SweepStatus s = SweepMerge.merge(root);
        assertFalse(s.complete());
        assertEquals(List.of(new Shard(1, 3)), s.missingShards());
        assertEquals(List.of("plsim sweep test-sweep.yaml --shard 1/3 --resume --out " + root), s.resubmitCommands());
        assertEquals(8, s.present());
        assertEquals(12, s.expected());
        String report = String.join("\n", s.describe());
        assertTrue(report.contains("shard 1/3: 0 of 4 runs, NOT STARTED"), report);
        assertTrue(report.contains("missing shards: 1/3"), report);
        assertFalse(Files.exists(root.resolve("runs.csv")));
        assertFalse(Files.exists(root.resolve("design.csv")));
    }

    @Test
    void aShardInterruptedMidway_countsItsWholeRuns_andIsReportedIncomplete() throws Exception {
        Path root = tmp.resolve("r");
        for (int i = 0; i < 3; i++) {
            job(root, new Shard(i, 3), 1, false);
        }
        Path done = root.resolve("shards/runs-1-of-3.csv");
        PartScan scan = PartScan.of(done);
        byte[] bytes = Files.readAllBytes(done);
        long cut = scan.blocks().get(2).offset() + 10; // two whole runs, then a torn third
        Files.write(root.resolve("shards/runs-1-of-3.csv.part"), java.util.Arrays.copyOf(bytes, (int) cut));
        Files.delete(done);
        SweepStatus s = SweepMerge.status(root);
        assertEquals(10, s.present());
        assertTrue(s.tornBytes() > 0);
        assertEquals(List.of(new Shard(1, 3)), s.missingShards());
        assertTrue(String.join("\n", s.describe()).contains("shard 1/3: 2 of 4 runs, INCOMPLETE"));
        job(root, new Shard(1, 3), 1, true);
        assertTrue(SweepMerge.merge(root).complete());
    }

    @Test
    void aShardOfAnotherSweep_isRefused_namingTheFile() throws Exception {
        Path root = tmp.resolve("r");
        job(root, new Shard(0, 2), 1, false);
        Path other = tmp.resolve("other");
        SweepRun foreign = SweepRun.of(HandMadeSweep.of(4, 0.0, 0.004, 0.008).withSeed(7));
        new SweepJob(foreign, other, new Shard(1, 2), 1, false, "x.yaml", SweepProgress.NONE).run();
        Files.copy(other.resolve("shards/runs-1-of-2.csv"), root.resolve("shards/runs-1-of-2.csv"));

        SweepRefusal e = assertThrows(SweepRefusal.class, () -> SweepMerge.merge(root));
        assertTrue(e.getMessage().contains("runs-1-of-2.csv") && e.getMessage().contains("not to this folder's sweep"),
                e.getMessage());
        assertFalse(Files.exists(root.resolve("runs.csv")));
        SweepRefusal run = assertThrows(SweepRefusal.class, () ->
                new SweepJob(foreign, root, new Shard(1, 2), 1, true, "x.yaml", SweepProgress.NONE).run());
        assertTrue(run.getMessage().contains("not this sweep"), run.getMessage());
    }

    @Test
    void aRunFoundTwiceWithDifferentRows_isReportedAsNondeterminism_andNothingIsWritten() throws Exception {
        Path root = tmp.resolve("r");
        job(root, Shard.WHOLE, 2, false);
        RunResult honest = SweepRun.of(PLAN).run(new SweepKey(1, 2));
        RunResult other = new RunResult(honest.key(), honest.runSeed(), honest.effects().subList(1, honest.effects().size()),
                honest.watched(), 1, 1, 2);
        try (PartWriter w = PartWriter.open(root.resolve("shards/runs-0-of-2.csv.part"), PLAN.sweepId(),
                PLAN.fingerprint(), new Shard(0, 2))) {
            w.append(other);
        }
        SweepStatus s = SweepMerge.merge(root);
        assertEquals(1, s.nondeterministic().size());
        assertTrue(s.nondeterministic().get(0).startsWith("point 1 replicate 2:"), s.nondeterministic().get(0));
        assertFalse(Files.exists(root.resolve("runs.csv")));
    }

    @Test
    void aRunFoundTwiceWithIdenticalRows_isMergedOnce() throws Exception {
        Path root = tmp.resolve("r");
        job(root, Shard.WHOLE, 2, false);
        SweepMerge.merge(root);
        byte[] once = Files.readAllBytes(root.resolve("runs.csv"));
        Files.copy(root.resolve("shards/runs-0-of-1.csv"), root.resolve("shards/runs-0-of-1.csv.part"));
        SweepStatus s = SweepMerge.merge(root);
        assertTrue(s.complete());
        assertEquals(12, s.identicalDuplicates());
        assertArrayEquals(once, Files.readAllBytes(root.resolve("runs.csv")));
    }

    @Test
    void status_writesNothing() throws Exception {
        Path root = tmp.resolve("r");
        job(root, Shard.WHOLE, 2, false);
        List<Path> before = listing(root);
        SweepStatus s = SweepMerge.status(root);
        assertTrue(s.complete());
        assertEquals(before, listing(root));
        assertFalse(Files.exists(root.resolve("runs.csv")));
    }

    @Test
    void aFolderWithoutSweepJson_isNotASweepFolder() throws Exception {
        Files.createDirectories(tmp.resolve("plain"));
        SweepRefusal e = assertThrows(SweepRefusal.class, () -> SweepMerge.merge(tmp.resolve("plain")));
        assertTrue(e.getMessage().contains("not a sweep result folder"));
    }

    private static List<Path> listing(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.sorted().toList();
        }
    }
}
