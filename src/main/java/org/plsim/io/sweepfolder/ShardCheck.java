package org.plsim.io.sweepfolder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plsim.io.files.AtomicFile;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepKey;
import org.plsim.experiment.sweep.SweepPlan;

/**
 * A shard's part file checked before it is trusted, by the process that holds the shard's lock. A complete shard
 * stays complete only when its file holds no damage and every run of the shard is whole somewhere in the folder;
 * otherwise it is reopened — its whole runs moved into an in-progress part file, a damaged file kept beside as
 * {@code .damaged} — so that the shard's job reruns exactly the runs missing. An in-progress part file with
 * damage is rewritten the same way.
 *
 * @param complete whether the shard is complete and may be left alone
 * @param damage   what was damaged (the runs it held are rerun)
 * @param keptAs   where the damaged file was kept; null when none was
 */
record ShardCheck(boolean complete, List<PartDamage> damage, Path keptAs) {
    ShardCheck {
        damage = List.copyOf(damage);
    }

    static ShardCheck of(SweepFolder folder, Shard shard, SweepPlan plan) throws IOException, SweepRefusal {
        Path completed = folder.completed(shard);
        Path part = folder.part(shard);
        if (Files.exists(completed)) {
            PartScan scan = PartScan.of(completed);
            if (scan.identity() != null && !scan.identity().fingerprint().equals(plan.fingerprint())) {
                throw new SweepRefusal(completed + ": not a part file of this sweep ("
                        + SweepIdentity.shortly(plan.fingerprint()) + "); allowed: the same sweep, or --out");
            }
            if (scan.damage().isEmpty() && missing(folder, shard, plan, scan).isEmpty()) {
                return new ShardCheck(true, List.of(), null);
            }
            return reopen(scan, part, plan, shard);
        }
        if (Files.exists(part)) {
            PartScan scan = PartScan.of(part);
            if (scan.identity() != null && scan.identity().fingerprint().equals(plan.fingerprint())
                    && !scan.damage().isEmpty()) {
                return reopen(scan, part, plan, shard);
            }
        }
        return new ShardCheck(false, List.of(), null);
    }

    /** Runs of a fixed sweep's shard whole in no part file of the folder; none known for adaptive replicates. */
    private static Set<SweepKey> missing(SweepFolder folder, Shard shard, SweepPlan plan, PartScan own)
            throws IOException {
        if (plan.replicates().isAdaptive()) {
            return Set.of();
        }
        int points = plan.points().size();
        Set<SweepKey> missing = new HashSet<>();
        for (int r = 0; r < plan.replicates().fixed(); r++) {
            for (int p = 0; p < points; p++) {
                SweepKey k = new SweepKey(p, r);
                if (shard.contains(k, points)) {
                    missing.add(k);
                }
            }
        }
        own.blocks().forEach(b -> missing.remove(b.key()));
        for (Path other : folder.parts()) {
            if (!missing.isEmpty() && !other.equals(own.file())) {
                PartScan scan = PartScan.of(other);
                if (scan.identity() != null && scan.identity().fingerprint().equals(plan.fingerprint())) {
                    scan.blocks().forEach(b -> missing.remove(b.key()));
                }
            }
        }
        return missing;
    }

    /**
     * Reopens the shard: a complete file without damage (whose shard misses runs found nowhere else) becomes the
     * part file again; a damaged file is kept beside as {@code .damaged} and its whole runs go into a part file
     * that appears whole. Interrupted, the next check finds the damage again and does the same.
     */
    private static ShardCheck reopen(PartScan scan, Path part, SweepPlan plan, Shard shard) throws IOException {
        Path original = scan.file();
        if (scan.damage().isEmpty()) {
            AtomicFile.rename(original, part);
            return new ShardCheck(false, List.of(), null);
        }
        byte[] header = PartFormat.header(plan.sweepId(), plan.fingerprint(), shard).getBytes(StandardCharsets.UTF_8);
        Path kept = original.resolveSibling(original.getFileName() + ".damaged");
        if (original.equals(part)) {
            Files.copy(part, kept, StandardCopyOption.REPLACE_EXISTING);
            AtomicFile.write(part, temp -> copyWhole(scan, header, temp));
        } else {
            AtomicFile.write(part, temp -> copyWhole(scan, header, temp));
            AtomicFile.rename(original, kept);
        }
        return new ShardCheck(false, scan.damage(), kept);
    }

    private static void copyWhole(PartScan scan, byte[] header, Path temp) throws IOException {
        try (FileChannel in = FileChannel.open(scan.file(), StandardOpenOption.READ);
             FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            write(out, ByteBuffer.wrap(header));
            for (PartBlock b : scan.blocks()) {
                long end = markerEnd(in, b.offset() + b.length());
                long done = 0;
                while (done < end - b.offset()) {
                    long n = in.transferTo(b.offset() + done, end - b.offset() - done, out);
                    if (n <= 0) {
                        throw new IOException(scan.file() + ": shorter than when it was read (changed meanwhile?)");
                    }
                    done += n;
                }
            }
        }
    }

    /** Where the marker line starting at {@code from} ends, after its {@code \n}. */
    private static long markerEnd(FileChannel in, long from) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        in.read(buffer, from);
        for (int i = 0; i < buffer.position(); i++) {
            if (buffer.get(i) == '\n') {
                return from + i + 1;
            }
        }
        throw new IOException(in + ": a completion marker without its end at byte " + from);
    }

    private static void write(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }
}
