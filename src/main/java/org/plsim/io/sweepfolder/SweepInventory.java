package org.plsim.io.sweepfolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepKey;

/**
 * Every whole run in a sweep folder, by key, and the status they add up to: read from all part files
 * (complete or in progress) without changing any, refusing a file of another sweep.
 */
record SweepInventory(SweepStatus status, TreeMap<SweepKey, PartBlock> blocks) {
    /**
     * @param lookForWriters whether to say which processes write into the folder now (not for a merge: it holds it)
     * @param split          the shard count to report shards by; 0 for the split most shards were started with
     */
    static SweepInventory take(Path root, boolean lookForWriters, int split) throws IOException, SweepRefusal {
        SweepFolder folder = new SweepFolder(root);
        if (!Files.exists(folder.sweepJson())) {
            throw notASweep(root);
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
        List<PartDamage> damage = new ArrayList<>();
        for (Path f : folder.parts()) {
            PartScan scan = PartScan.of(f);
            if (scan.identity() != null) {
                refuseForeign(f, scan.identity().sweepId(), scan.identity().fingerprint(), sweep);
            }
            torn += scan.tornBytes();
            damage.addAll(scan.damage());
            for (PartBlock b : scan.blocks()) {
                PartBlock first = blocks.putIfAbsent(b.key(), b);
                if (first == null) {
                    continue;
                }
                if (SweepMerge.sameRows(first, b)) {
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
        List<String> running = lookForWriters ? FolderLock.running(folder) : List.of();
        return new SweepInventory(tally(root, sweep, sidecars, blocks, nondeterministic, identical, torn, damage,
                running, split), blocks);
    }

    static SweepRefusal notASweep(Path root) {
        return new SweepRefusal(root + ": not a sweep result folder (no " + SweepIdentity.FILE
                + "); allowed: a folder made by plsim sweep");
    }

    private static SweepStatus tally(Path root, SweepIdentity sweep, List<ShardSidecar> sidecars,
                                     TreeMap<SweepKey, PartBlock> blocks, List<String> nondeterministic,
                                     int identical, long torn, List<PartDamage> damage, List<String> running,
                                     int split) throws IOException {
        SweepFolder folder = new SweepFolder(root);
        ReplicateCounts counts = !sweep.isAdaptive() ? ReplicateCounts.fixed(sweep)
                : Files.exists(folder.replicatesJson()) ? ReplicateCounts.read(folder.replicatesJson()) : null;
        int n = split > 0 ? split : shardCount(sidecars);
        int points = sweep.points().size();
        long[] expected = new long[n];
        long[] present = new long[n];
        long treatment = 0;
        long bau = 0;
        List<SweepKey> keys = counts != null ? new ArrayList<>(SweepMerge.expectedKeys(counts))
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
            boolean damaged = damage.stream().anyMatch(d -> SweepFolder.shardOf(d.file()).equals(s));
            shards.add(new SweepStatus.ShardState(s, expected[i], present[i], started, damaged));
        }
        String file = sidecars.stream().map(ShardSidecar::sweepFileFromHere).filter(f -> f != null).findFirst()
                .orElse(null);
        long total = Arrays.stream(expected).sum();
        long found = Arrays.stream(present).sum();
        return new SweepStatus(root, sweep, counts, total, found, shards, nondeterministic, identical, torn,
                damage.stream().map(d -> d.describe(root)).toList(), running, file, treatment, bau);
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
