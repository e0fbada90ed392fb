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
 * there. Files appear by atomic rename, so a reader never sees half a {@code runs.csv}.
 */
public final class SweepMerge {
    private SweepMerge() {
    }

    /** Where the folder stands, without writing anything. */
    public static SweepStatus status(Path root) throws IOException, SweepRefusal {
        return SweepInventory.take(root).status();
    }

    /** Writes the merged files if every run is there and no run disagrees with itself; returns the status. */
    public static SweepStatus merge(Path root) throws IOException, SweepRefusal {
        SweepInventory inventory = SweepInventory.take(root);
        SweepStatus status = inventory.status();
        if (status.complete() && status.nondeterministic().isEmpty()) {
            write(new SweepFolder(root), status, inventory.blocks());
        }
        return status;
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
