package org.plsim.io.sweepfolder;

import org.plsim.io.csv.RunsCsv;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.SweepProgress;
import org.plsim.experiment.sweep.SweepRun;
import org.plsim.testing.HandMadeSweep;

/** Same sweep, same bytes: whatever the thread count, the order runs finish in, or how the sweep is split. */
class SweepDeterminismTest {
    static final SweepPlan PLAN = HandMadeSweep.of(4, 0.0, 0.004, 0.008);
    static final SweepRun RUN = SweepRun.of(PLAN);

    @TempDir
    Path tmp;

    static ShardReport job(Path root, Shard shard, int threads, boolean resume) throws Exception {
        return new SweepJob(RUN, root, shard, threads, resume, "test-sweep.yaml", SweepProgress.NONE).run();
    }

    /** The whole sweep on {@code threads} threads, merged: runs.csv's bytes. */
    static byte[] whole(Path root, int threads) throws Exception {
        job(root, Shard.WHOLE, threads, false);
        assertTrue(SweepMerge.merge(root).complete());
        return Files.readAllBytes(root.resolve("runs.csv"));
    }

    @Test
    void oneThreadAndThreeThreads_writeByteIdenticalRunsAndDesign() throws Exception {
        byte[] one = whole(tmp.resolve("one"), 1);
        byte[] three = whole(tmp.resolve("three"), 3);
        assertArrayEquals(one, three);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("one/design.csv")),
                Files.readAllBytes(tmp.resolve("three/design.csv")));
        List<String> lines = Files.readAllLines(tmp.resolve("one/runs.csv"));
        assertEquals(String.join(",", RunsCsv.COLUMNS), lines.get(0));
        assertTrue(lines.size() > 1 + 12, "every run has rows");
    }

    @Test
    void threeShardsMerged_areByteIdenticalToOneUnshardedRun() throws Exception {
        byte[] unsharded = whole(tmp.resolve("whole"), 2);
        Path root = tmp.resolve("sharded");
        for (int i = 0; i < 3; i++) {
            ShardReport o = job(root, new Shard(i, 3), 1, false);
            assertEquals(4, o.runsDone(), "12 runs striped over 3 shards");
        }
        SweepStatus merged = SweepMerge.merge(root);
        assertTrue(merged.complete(), merged.describe().toString());
        assertArrayEquals(unsharded, Files.readAllBytes(root.resolve("runs.csv")));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("whole/design.csv")), Files.readAllBytes(root.resolve("design.csv")));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("whole/replicates.json")),
                Files.readAllBytes(root.resolve("replicates.json")));
    }

    @Test
    void threeShardsStartingAtOnce_inOneFreshFolder_mergeToTheSameBytes() throws Exception {
        byte[] unsharded = whole(tmp.resolve("whole"), 1);
        Path root = tmp.resolve("together");
        ExecutorService cluster = Executors.newFixedThreadPool(3);
        try {
            List<Future<ShardReport>> shards = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Shard s = new Shard(i, 3);
                shards.add(cluster.submit(() -> job(root, s, 1, false)));
            }
            for (Future<ShardReport> f : shards) {
                assertEquals(4, f.get().runsDone());
            }
        } finally {
            cluster.shutdownNow();
        }
        assertTrue(SweepMerge.merge(root).complete());
        assertArrayEquals(unsharded, Files.readAllBytes(root.resolve("runs.csv")));
    }

    @Test
    void rerunningACompletedShard_runsNothingAndChangesNoFile() throws Exception {
        Path root = tmp.resolve("s");
        job(root, new Shard(1, 3), 2, false);
        Path done = root.resolve("shards/runs-1-of-3.csv");
        byte[] before = Files.readAllBytes(done);
        Map<Path, FileTime> times = times(root);
        Thread.sleep(20);
        ShardReport again = job(root, new Shard(1, 3), 2, true);
        assertTrue(again.alreadyComplete());
        assertEquals(0, again.runsDone());
        assertArrayEquals(before, Files.readAllBytes(done));
        assertEquals(times, times(root), "no file written again (but the lock file, which names each process)");
        assertTrue(Files.notExists(root.resolve("shards/runs-1-of-3.csv.part")));
    }

    private static Map<Path, FileTime> times(Path root) throws IOException {
        Map<Path, FileTime> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                if (!p.getFileName().toString().endsWith(".lock")) {
                    out.put(p, Files.getLastModifiedTime(p));
                }
            }
        }
        return out;
    }
}
