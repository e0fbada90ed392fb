package org.plsim.io.sweepfolder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.SweepProgress;
import org.plsim.experiment.sweep.SweepRun;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.testing.HandMadeSweep;

/**
 * Adaptive replicates end to end. Point 0 sets {@code sd_per_week: 0}, so its effect is exactly 0 in every
 * replicate (an interval of no width); the others vary with the students' luck.
 */
class AdaptiveSweepTest {
    @TempDir
    Path tmp;

    private static SweepPlan plan(double target, int max) {
        return HandMadeSweep.of(2, 0.0, 0.004, 0.008).withReplicates(new Replicates(2,
                new Replicates.Adaptive(Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL, 1, target, max, 2)));
    }

    private static SweepJob job(SweepPlan plan, Path root, Shard shard, boolean resume) {
        return new SweepJob(SweepRun.of(plan), root, shard, 2, resume, "adaptive.yaml", SweepProgress.NONE);
    }

    @Test
    void anUnreachableTarget_stopsEveryVaryingPointAtMax_andTheSteadyPointAtOnce() throws Exception {
        Path root = tmp.resolve("a");
        ShardReport o = job(plan(0.0, 6), root, Shard.WHOLE, false).run();
        assertEquals("max", o.counts().stopped());
        assertEquals(List.of(2, 6, 6), o.counts().replicatesByPoint());
        assertEquals(0.0, o.counts().halfWidths().get(0));
        assertEquals(14, o.runsDone());
        SweepStatus s = SweepMerge.merge(root);
        assertTrue(s.complete());
        assertEquals(14, s.expected());
        ReplicateCounts written = ReplicateCounts.read(root.resolve("replicates.json"));
        assertEquals(o.counts(), written);
        long rowsOfPoint0 = Files.readAllLines(root.resolve("runs.csv")).stream()
                .filter(l -> l.startsWith("test-sweep,0,")).map(l -> l.split(",")[2]).distinct().count();
        assertEquals(2, rowsOfPoint0, "point 0 kept its first two replicates only");
    }

    @Test
    void aTargetMet_stopsThere_withEveryHalfWidthAtOrBelowIt() throws Exception {
        ShardReport probe = job(plan(0.0, 4), tmp.resolve("probe"), Shard.WHOLE, false).run();
        assertEquals(List.of(2, 4, 4), probe.counts().replicatesByPoint());
        double target = 1.0001 * Math.max(probe.counts().halfWidths().get(1), probe.counts().halfWidths().get(2));
        // met by 4 replicates at every point, so it stops there (or earlier) instead of going on to 20
        ShardReport o = job(plan(target, 20), tmp.resolve("t"), Shard.WHOLE, false).run();
        assertEquals("target", o.counts().stopped());
        assertTrue(o.counts().replicatesByPoint().stream().allMatch(n -> n <= 4), o.counts().toString());
        assertTrue(o.counts().replicatesByPoint().contains(4), "a round was added: " + o.counts());
        assertTrue(o.counts().halfWidths().stream().allMatch(h -> h <= target), o.counts().toString());
    }

    @Test
    void anInterruptedAdaptiveSweep_resumesToTheSameRounds_andTheSameBytes() throws Exception {
        SweepPlan plan = plan(0.0, 6);
        Path clean = tmp.resolve("clean");
        job(plan, clean, Shard.WHOLE, false).run();
        SweepMerge.merge(clean);

        Path root = tmp.resolve("cut");
        job(plan, root, Shard.WHOLE, false).run();
        Path done = root.resolve("shards/runs-0-of-1.csv");
        PartScan scan = PartScan.of(done);
        byte[] bytes = Files.readAllBytes(done);
        Files.write(root.resolve("shards/runs-0-of-1.csv.part"),
                Arrays.copyOf(bytes, (int) scan.blocks().get(9).offset() + 5)); // torn in round 2's last run
        Files.delete(done);
        Files.delete(root.resolve("replicates.json"));
        SweepStatus midway = SweepMerge.status(root);
        assertFalse(midway.complete());
        assertTrue(String.join("\n", midway.describe()).contains("rounds still going"));
        assertEquals(List.of("plsim sweep adaptive.yaml --resume --out " + root), midway.resubmitCommands());

        ShardReport resumed = job(plan, root, Shard.WHOLE, true).run();
        assertEquals(5, resumed.runsDone());
        SweepMerge.merge(root);
        assertArrayEquals(Files.readAllBytes(clean.resolve("runs.csv")), Files.readAllBytes(root.resolve("runs.csv")));
        assertArrayEquals(Files.readAllBytes(clean.resolve("replicates.json")),
                Files.readAllBytes(root.resolve("replicates.json")));
    }

    @Test
    void adaptiveReplicates_refuseToBeSharded() {
        SweepRefusal e = assertThrows(SweepRefusal.class, () -> job(plan(0.01, 6), tmp.resolve("s"), new Shard(0, 2),
                false).run());
        assertTrue(e.getMessage().contains("--shard 0/2") && e.getMessage().contains("one machine"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("s")));
    }
}
