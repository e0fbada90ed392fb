package org.plsim.io.sweepfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.experiment.sweep.Shard;

/**
 * The folder's locks within one process (two processes: {@code SweepFolderLockTest}): one writer per shard, any
 * number of shards at once, a merge alone; each refusal names the holder from its lock file; a lock let go of is
 * free again, its text cleared.
 */
class FolderLockTest {
    @TempDir
    Path tmp;

    private static final LockHolder ME = new LockHolder(4242, "node17", "plsim sweep x.yaml --shard 0/2",
            Instant.parse("2025-01-02T03:04:05Z"));

    private SweepFolder folder() throws Exception {
        SweepFolder folder = new SweepFolder(tmp.resolve("sweep"));
        Files.createDirectories(folder.root());
        Files.writeString(folder.sweepJson(), "{}");
        return folder;
    }

    @Test
    void aShardHeld_refusesASecondWriterAndAMerge_namingItsHolder_butNotAnotherShard() throws Exception {
        SweepFolder folder = folder();
        try (FolderLock first = FolderLock.forShard(folder, new Shard(0, 2), ME)) {
            assertEquals(ME.text(), Files.readString(folder.lock(new Shard(0, 2))));
            SweepRefusal twice = assertThrows(SweepRefusal.class, () -> FolderLock.forShard(folder, new Shard(0, 2),
                    LockHolder.thisProcess("again")));
            assertTrue(twice.getMessage().contains("shard 0/2 is being run by this process, pid 4242 on node17 "
                    + "(\"plsim sweep x.yaml --shard 0/2\") since 2025-01-02T03:04:05Z; allowed: one process per shard"),
                    twice.getMessage());
            try (FolderLock other = FolderLock.forShard(folder, new Shard(1, 2), LockHolder.thisProcess("other"))) {
                SweepRefusal merge = assertThrows(SweepRefusal.class, () -> FolderLock.forMerge(folder,
                        LockHolder.thisProcess("plsim merge")));
                assertTrue(merge.getMessage().contains("shard 0/2 is being run by this process, pid 4242")
                        && merge.getMessage().contains("shard 1/2 is being run by this process"), merge.getMessage());
                assertEquals(2, FolderLock.running(folder).size());
            }
        }
        assertEquals("", Files.readString(folder.lock(new Shard(0, 2))), "cleared when let go of");
        assertEquals(List.of(), FolderLock.running(folder));
        try (FolderLock again = FolderLock.forShard(folder, new Shard(0, 2), ME)) {
            assertEquals(ME.text(), Files.readString(folder.lock(new Shard(0, 2))));
        }
    }

    @Test
    void aMergeHeld_refusesAWriterAndAnotherMerge() throws Exception {
        SweepFolder folder = folder();
        try (FolderLock merge = FolderLock.forMerge(folder, ME)) {
            SweepRefusal writer = assertThrows(SweepRefusal.class, () -> FolderLock.forShard(folder, Shard.WHOLE,
                    LockHolder.thisProcess("w")));
            assertTrue(writer.getMessage().contains("is being merged by this process, pid 4242"), writer.getMessage());
            assertThrows(SweepRefusal.class, () -> FolderLock.forMerge(folder, LockHolder.thisProcess("m")));
            assertEquals(1, FolderLock.running(folder).size());
        }
        try (FolderLock writer = FolderLock.forShard(folder, Shard.WHOLE, ME)) {
            assertEquals(1, FolderLock.running(folder).size());
        }
    }

    @Test
    void aMergeOfAFolderThatIsNoSweeps_isRefused_andCreatesNothing() {
        Path plain = tmp.resolve("plain");
        assertThrows(SweepRefusal.class, () -> FolderLock.forMerge(new SweepFolder(plain), ME));
        assertTrue(!Files.exists(plain));
    }

    @Test
    void aHoldersText_readsBack_andHalfATextSaysNothing() {
        assertEquals(ME, LockHolder.parse(ME.text()));
        assertNull(LockHolder.parse(ME.text().substring(0, 20)));
        assertNull(LockHolder.parse(""));
    }
}
