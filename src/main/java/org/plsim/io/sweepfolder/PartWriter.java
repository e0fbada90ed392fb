package org.plsim.io.sweepfolder;

import org.plsim.io.csv.RunsCsv;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import org.plsim.experiment.sweep.RunResult;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepSchedule;

/**
 * Appends finished runs to a shard's part file, each as one block and its completion marker, forced to the
 * disk before the next: a crash loses at most the runs in flight. Opening recovers the file: a torn tail
 * (a block without a whole, matching marker) is cut off, so what follows starts clean. Open it only holding the
 * shard's {@link FolderLock}, which keeps a second process from appending to the same file. As a schedule's
 * sink, a run's block is made on the worker that ran it and appended on the schedule's thread.
 */
final class PartWriter implements AutoCloseable, SweepSchedule.RunSink<PartWriter.Block> {
    private final FileChannel channel;
    private final PartScan recovered;
    private final String sweepId;

    private PartWriter(FileChannel channel, PartScan recovered, String sweepId) {
        this.channel = channel;
        this.recovered = recovered;
        this.sweepId = sweepId;
    }

    /**
     * Opens (or creates) the part file of {@code shard} of the sweep with {@code fingerprint}, cutting off a
     * torn tail. Refuses a part file of another sweep or shard.
     */
    static PartWriter open(Path file, String sweepId, String fingerprint, Shard shard)
            throws IOException, SweepRefusal {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            PartScan scan = PartScan.of(file);
            if (scan.identity() == null) { // new, or cut off before its header was whole: nothing to keep
                channel.truncate(0);
                write(channel, PartFormat.header(sweepId, fingerprint, shard).getBytes(StandardCharsets.UTF_8));
                channel.force(true);
                scan = PartScan.of(file);
            } else if (!scan.identity().fingerprint().equals(fingerprint) || !scan.identity().shard().equals(shard)) {
                throw new SweepRefusal(file + ": holds runs of sweep " + scan.identity().sweepId() + " (fingerprint "
                        + SweepIdentity.shortly(scan.identity().fingerprint()) + ", shard "
                        + scan.identity().shard().label()
                        + "), not of this sweep (" + SweepIdentity.shortly(fingerprint) + ", shard " + shard.label()
                        + "); allowed: the same sweep file and PLSim version, or a new folder (--out)");
            }
            if (scan.tornBytes() > 0) {
                channel.truncate(scan.validLength());
                channel.force(true);
            }
            channel.position(scan.validLength());
            return new PartWriter(channel, scan, sweepId);
        } catch (IOException | SweepRefusal | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** What the file held when opened: its whole blocks, and how many torn bytes were cut off. */
    PartScan recovered() {
        return recovered;
    }

    /** A run as the bytes of its block: rows, then marker. Made on the worker that ran it. */
    record Block(RunResult run, byte[] bytes) {
    }

    static Block encode(String sweepId, RunResult run) {
        byte[] rows = RunsCsv.block(sweepId, run);
        CRC32 crc = new CRC32();
        crc.update(rows);
        byte[] marker = PartFormat.marker(run, run.effects().size(), rows.length, crc.getValue())
                .getBytes(StandardCharsets.UTF_8);
        return new Block(run, ByteBuffer.allocate(rows.length + marker.length).put(rows).put(marker).array());
    }

    void append(RunResult run) throws IOException {
        append(encode(sweepId, run));
    }

    @Override
    public Block prepare(RunResult run) {
        return encode(sweepId, run);
    }

    @Override
    public void accept(Block block) throws IOException {
        append(block);
    }

    /** Appends the run's block and forces it to the disk; on failure cuts the file back. */
    void append(Block block) throws IOException {
        long before = channel.position();
        try {
            write(channel, block.bytes());
            channel.force(true);
        } catch (IOException e) {
            try {
                channel.truncate(before); // e.g. a full disk: leave no torn tail if we still can
                channel.position(before);
            } catch (IOException ignored) {
                e.addSuppressed(ignored); // the next resume cuts it off
            }
            throw e;
        }
    }

    private static void write(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
