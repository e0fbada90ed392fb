package org.plsim.io.sweepfolder;

import org.plsim.io.files.AtomicFile;
import org.plsim.io.csv.RunsCsv;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.plsim.experiment.sweep.SweepKey;

/**
 * Merges a sweep folder's shards into {@code runs.csv} (sorted by key) and {@code design.csv}, exactly once:
 * it reads every part file, complete or in progress (a shard may still be running: only whole runs count);
 * refuses a folder or shard of another sweep; counts a run found twice once when both copies are
 * byte-identical and reports it as nondeterminism when they differ; and writes nothing until every run is
 * there. Files appear by atomic rename, so a reader never sees half a {@code runs.csv}. A merge holds the folder's
 * {@link FolderLock}: none while a shard runs into it, one at a time.
 */
public final class SweepMerge {
    private SweepMerge() {
    }

    /** Where the folder stands, and who is writing into it now, without writing anything. */
    public static SweepStatus status(Path root) throws IOException, SweepRefusal {
        return SweepInventory.take(root, true, 0).status();
    }

    /**
     * The status with its shards counted as {@code split} shards — the split a cluster plan wrote into its job
     * script — whatever split the shards found were started with.
     */
    public static SweepStatus status(Path root, int split) throws IOException, SweepRefusal {
        return SweepInventory.take(root, true, split).status();
    }

    /**
     * The folder as read for a merge, which {@link Pending#write} then writes: read it holding the folder's
     * {@link FolderLock#forMerge merge lock}, so that what is read is what is written.
     */
    public static Pending read(Path root) throws IOException, SweepRefusal {
        SweepInventory inventory = SweepInventory.take(root, false, 0);
        return new Pending(new SweepFolder(root), inventory.status(), inventory.blocks());
    }

    /** A folder read for merging: its status, and the merged files to write when it may be merged. */
    public static final class Pending {
        private final SweepFolder folder;
        private final SweepStatus status;
        private final TreeMap<SweepKey, PartBlock> blocks;

        private Pending(SweepFolder folder, SweepStatus status, TreeMap<SweepKey, PartBlock> blocks) {
            this.folder = folder;
            this.status = status;
            this.blocks = blocks;
        }

        public SweepStatus status() {
            return status;
        }

        /** Every run is there and none disagrees with itself. */
        public boolean mergeable() {
            return status.complete() && status.nondeterministic().isEmpty();
        }

        /** Writes runs.csv, design.csv (and a fixed sweep's replicates.json); only when {@link #mergeable()}. */
        public void write() throws IOException {
            if (!mergeable()) {
                throw new IllegalStateException("not mergeable: " + status.describe());
            }
            SweepMerge.write(folder, status, blocks);
        }
    }

    /**
     * Holding the folder's merge lock, writes the merged files if every run is there and no run disagrees with
     * itself; returns the status.
     */
    public static SweepStatus merge(Path root) throws IOException, SweepRefusal {
        try (FolderLock lock = FolderLock.forMerge(new SweepFolder(root), LockHolder.thisProcess("plsim merge " + root))) {
            Pending pending = read(root);
            if (pending.mergeable()) {
                pending.write();
            }
            return pending.status();
        }
    }

    private static void write(SweepFolder folder, SweepStatus status, TreeMap<SweepKey, PartBlock> blocks)
            throws IOException {
        Set<SweepKey> expected = expectedKeys(status.counts());
        AtomicFile.write(folder.runsCsv(), temp -> {
            Map<Path, FileChannel> sources = new HashMap<>();
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                write(out, ByteBuffer.wrap(RunsCsv.header().getBytes(StandardCharsets.UTF_8)));
                for (PartBlock b : blocks.values()) {
                    if (expected.contains(b.key())) {
                        FileChannel in = sources.get(b.file());
                        if (in == null) {
                            in = FileChannel.open(b.file(), StandardOpenOption.READ);
                            sources.put(b.file(), in);
                        }
                        copy(in, b.offset(), b.length(), out);
                    }
                }
            } finally {
                for (FileChannel in : sources.values()) {
                    in.close();
                }
            }
        });
        AtomicFile.write(folder.designCsv(), temp -> DesignCsv.write(temp, status.sweep()));
        if (!status.sweep().isAdaptive()) {
            status.counts().write(folder.replicatesJson());
        }
    }

    static Set<SweepKey> expectedKeys(ReplicateCounts counts) {
        Set<SweepKey> keys = new HashSet<>();
        List<Integer> reps = counts.replicatesByPoint();
        for (int p = 0; p < reps.size(); p++) {
            for (int r = 0; r < reps.get(p); r++) {
                keys.add(new SweepKey(p, r));
            }
        }
        return keys;
    }

    private static void copy(FileChannel in, long offset, long length, FileChannel out) throws IOException {
        long done = 0;
        while (done < length) {
            long n = in.transferTo(offset + done, length - done, out);
            if (n <= 0) {
                throw new IOException("part file shorter than its index says (changed while merging?)");
            }
            done += n;
        }
    }

    private static void write(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    /** Whether two copies of a run hold the same bytes. */
    static boolean sameRows(PartBlock a, PartBlock b) throws IOException {
        return a.length() == b.length() && a.crc32() == b.crc32() && Arrays.equals(read(a), read(b));
    }

    private static byte[] read(PartBlock b) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(b.length()));
        try (FileChannel in = FileChannel.open(b.file(), StandardOpenOption.READ)) {
            while (buffer.hasRemaining()) {
                if (in.read(buffer, b.offset() + buffer.position()) < 0) {
                    throw new IOException(b.file() + ": shorter than its index says");
                }
            }
        }
        return buffer.array();
    }
}
