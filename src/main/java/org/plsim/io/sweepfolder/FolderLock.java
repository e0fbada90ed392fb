package org.plsim.io.sweepfolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plsim.experiment.sweep.Shard;

/**
 * Keeps a sweep folder to one writer per shard and one merge at a time, across processes and machines that
 * share the folder. A shard's writer holds {@code shards/shard-<i>-of-<n>.lock} and, shared, {@code
 * shards/merge.lock}; a merge holds {@code merge.lock} alone. Each exclusive holder writes who it is into its
 * lock file, so a process refused can say which process holds the folder. The locks are held from before the
 * first file is touched until the last is renamed, and go with their process: a killed sweep blocks nothing.
 */
public final class FolderLock implements AutoCloseable {
    private final List<LockFile> held;

    private FolderLock(List<LockFile> held) {
        this.held = List.copyOf(held);
    }

    /** The lock of the process that runs {@code shard} into {@code folder}; refuses while another runs it or a merge. */
    public static FolderLock forShard(SweepFolder folder, Shard shard, LockHolder me)
            throws IOException, SweepRefusal {
        Files.createDirectories(folder.shards());
        LockFile own;
        try {
            own = LockFile.take(folder.lock(shard), me);
        } catch (LockFile.Busy b) {
            throw new SweepRefusal(folder.root() + ": shard " + shard.label() + " is being run by " + b.who()
                    + "; allowed: one process per shard - wait for it to end (plsim status " + folder.root()
                    + " says how far it is), or stop it, then run this again");
        }
        try {
            return new FolderLock(List.of(own, LockFile.take(folder.mergeLock(), null)));
        } catch (LockFile.Busy b) {
            own.release();
            throw new SweepRefusal(folder.root() + " is being merged by " + b.who() + "; wait for the merge to end, "
                    + "then run this again");
        } catch (IOException | RuntimeException e) {
            own.release();
            throw e;
        }
    }

    /** The lock of the process that merges {@code folder}; refuses while a shard runs into it or another merge. */
    public static FolderLock forMerge(SweepFolder folder, LockHolder me) throws IOException, SweepRefusal {
        if (!Files.exists(folder.sweepJson())) {
            throw SweepInventory.notASweep(folder.root());
        }
        Files.createDirectories(folder.shards());
        try {
            return new FolderLock(List.of(LockFile.take(folder.mergeLock(), me)));
        } catch (LockFile.Busy b) {
            List<String> running = running(folder);
            if (running.isEmpty()) { // it ended while we looked
                running = List.of("it is being written by " + b.who());
            }
            throw new SweepRefusal(folder.root() + ": " + String.join("; ", running) + "; allowed: one merge at a "
                    + "time, and none while a shard runs - wait for it to end (plsim status " + folder.root()
                    + " says how far it is), then merge");
        }
    }

    /**
     * What is writing into {@code folder} now, one line per shard being run or merge going on
     * ({@code shard 1/4 is being run by pid 4242 on node17 (…) since …}); empty when nothing is. Writes nothing.
     */
    public static List<String> running(SweepFolder folder) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path f : folder.locks()) {
            LockFile.Busy b = LockFile.probe(f);
            if (b != null) {
                lines.add("shard " + SweepFolder.shardOf(f).label() + " is being run by " + b.who());
            }
        }
        if (Files.exists(folder.mergeLock())) {
            LockFile.Busy b = LockFile.probe(folder.mergeLock());
            if (b != null) { // writers hold it shared, which a look does not notice: this is a merge
                lines.add("it is being merged by " + b.who());
            }
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (int i = held.size() - 1; i >= 0; i--) {
            try {
                held.get(i).release();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
