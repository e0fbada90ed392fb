package org.plsim.io.sweepfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plsim.io.sweepfolder.SweepDeterminismTest.job;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.experiment.sweep.Shard;

/** Earlier results are never overwritten: a folder is resumed on purpose, or a new one is used. */
class SweepFolderTest {
    @TempDir
    Path tmp;

    @Test
    void anExistingFolder_withoutResume_isRefused_andLeftAlone() throws Exception {
        Path root = tmp.resolve("r");
        job(root, Shard.WHOLE, 2, false);
        long size = Files.size(root.resolve("shards/runs-0-of-1.csv"));
        SweepRefusal e = assertThrows(SweepRefusal.class, () -> job(root, Shard.WHOLE, 2, false));
        assertEquals(root + " exists; use --resume to finish that sweep or --out for a new folder", e.getMessage());
        assertEquals(size, Files.size(root.resolve("shards/runs-0-of-1.csv")));
    }

    @Test
    void shardsShareTheirFolder_butAShardStartedTwiceWithoutResume_isRefused() throws Exception {
        Path root = tmp.resolve("r");
        job(root, new Shard(0, 2), 1, false);
        job(root, new Shard(1, 2), 1, false);
        SweepRefusal e = assertThrows(SweepRefusal.class, () -> job(root, new Shard(1, 2), 1, false));
        assertTrue(e.getMessage().contains("holds shard 1/2") && e.getMessage().contains("--resume"), e.getMessage());
    }

    @Test
    void aFolderOfSomethingElse_isRefused_evenWithResume() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("r"));
        Files.writeString(root.resolve("notes.txt"), "mine");
        SweepRefusal e = assertThrows(SweepRefusal.class, () -> job(root, Shard.WHOLE, 1, true));
        assertTrue(e.getMessage().contains("is not a sweep folder"), e.getMessage());
        assertFalse(Files.exists(root.resolve("shards")));
    }

    @Test
    void aNewShardResumes_runsDoneByAnotherSplit_areNotRunAgain() throws Exception {
        Path root = tmp.resolve("r");
        job(root, Shard.WHOLE, 2, false);
        ShardReport o = job(root, new Shard(1, 4), 1, true);
        assertEquals(0, o.runsDone());
        assertEquals(3, o.runsSkipped());
        assertTrue(SweepMerge.merge(root).complete());
    }
}
