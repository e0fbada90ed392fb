package org.plsim.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.plsim.experiment.sweep.Shard;
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
        return Inventory.take(root).status();
    }

    /** Writes the merged files if every run is there and no run disagrees with itself; returns the status. */
    public static SweepStatus merge(Path root) throws IOException, SweepRefusal {
        Inventory inventory = Inventory.take(root);
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

    /** Every whole run in the folder, by key, and the status they add up to. */
    private record Inventory(SweepStatus status, TreeMap<SweepKey, PartBlock> blocks) {
        static Inventory take(Path root) throws IOException, SweepRefusal {
            SweepFolder folder = new SweepFolder(root);
            if (!Files.exists(folder.sweepJson())) {
                throw new SweepRefusal(root + ": not a sweep result folder (no " + SweepIdentity.FILE
                        + "); allowed: a folder made by plsim sweep");
            }
            SweepIdentity sweep = SweepIdentity.read(folder.sweepJson());
            List<ShardSidecar> sidecars = new ArrayList<>();
            for (Path f : folder.sidecars()) {
                ShardSidecar s = ShardSidecar.read(f);
                refuseForeign(f, s.sweepId(), s.fingerprint(), sweep);
                sidecars.add(s);
            }
            TreeMap<SweepKey, PartBlock> blocks = new TreeMap<>();
            List<String> nondeterministic = new ArrayList<>();
            int identical = 0;
            long torn = 0;
            for (Path f : folder.parts()) {
                PartScan scan = PartScan.of(f);
                if (scan.identity() != null) {
                    refuseForeign(f, scan.identity().sweepId(), scan.identity().fingerprint(), sweep);
                }
                torn += scan.tornBytes();
                for (PartBlock b : scan.blocks()) {
                    PartBlock first = blocks.putIfAbsent(b.key(), b);
                    if (first == null) {
                        continue;
                    }
                    if (sameRows(first, b)) {
                        identical++;
                    } else {
                        nondeterministic.add(String.format("point %d replicate %d: %s and %s hold different rows "
                                        + "(%d vs %d rows, crc32 %08x vs %08x); the same key must give the same bytes "
                                        + "- check that every machine ran the same PLSim version", b.key().point(),
                                b.key().replicate(), root.relativize(first.file()), root.relativize(b.file()),
                                first.rows(), b.rows(), first.crc32(), b.crc32()));
                    }
                }
            }
            return new Inventory(tally(root, sweep, sidecars, blocks, nondeterministic, identical, torn), blocks);
        }

        private static SweepStatus tally(Path root, SweepIdentity sweep, List<ShardSidecar> sidecars,
                                         TreeMap<SweepKey, PartBlock> blocks, List<String> nondeterministic,
                                         int identical, long torn) throws IOException {
            SweepFolder folder = new SweepFolder(root);
            ReplicateCounts counts = !sweep.isAdaptive() ? ReplicateCounts.fixed(sweep)
                    : Files.exists(folder.replicatesJson()) ? ReplicateCounts.read(folder.replicatesJson()) : null;
            int n = shardCount(sidecars);
            int points = sweep.points().size();
            long[] expected = new long[n];
            long[] present = new long[n];
            long treatment = 0;
            long bau = 0;
            List<SweepKey> keys = counts != null ? new ArrayList<>(expectedKeys(counts))
                    : new ArrayList<>(blocks.keySet());
            for (SweepKey k : keys) {
                int shard = (int) (k.runIndex(points) % n);
                expected[shard]++;
                PartBlock b = blocks.get(k);
                if (b != null) {
                    present[shard]++;
                    treatment += b.treatmentNanos();
                    bau += b.bauNanos();
                }
            }
            List<SweepStatus.ShardState> shards = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Shard s = new Shard(i, n);
                boolean started = sidecars.stream().anyMatch(c -> c.shard().equals(s));
                shards.add(new SweepStatus.ShardState(s, expected[i], present[i], started));
            }
            String file = sidecars.stream().map(ShardSidecar::sweepFile).filter(f -> f != null).findFirst()
                    .orElse(null);
            long total = Arrays.stream(expected).sum();
            long found = Arrays.stream(present).sum();
            return new SweepStatus(root, sweep, counts, total, found, shards, nondeterministic, identical, torn, file,
                    treatment, bau);
        }

        /** The split most shards were started with (the smallest on a tie); 1 when none has started. */
        private static int shardCount(List<ShardSidecar> sidecars) {
            Map<Integer, Integer> votes = new TreeMap<>();
            sidecars.forEach(s -> votes.merge(s.shard().count(), 1, Integer::sum));
            return votes.entrySet().stream().max((a, b) -> a.getValue().equals(b.getValue())
                    ? Integer.compare(b.getKey(), a.getKey()) : Integer.compare(a.getValue(), b.getValue()))
                    .map(Map.Entry::getKey).orElse(1);
        }

        private static void refuseForeign(Path file, String sweepId, String fingerprint, SweepIdentity sweep)
                throws SweepRefusal {
            if (!fingerprint.equals(sweep.fingerprint())) {
                throw new SweepRefusal(file + ": belongs to sweep " + sweepId + " with fingerprint "
                        + SweepIdentity.shortly(fingerprint) + ", not to this folder's sweep " + sweep.sweepId() + " ("
                        + SweepIdentity.shortly(sweep.fingerprint()) + "): it was made from another sweep file or "
                        + "PLSim version; allowed: shards of one sweep (move the file away and rerun that shard with "
                        + "--resume)");
            }
        }
    }
}
