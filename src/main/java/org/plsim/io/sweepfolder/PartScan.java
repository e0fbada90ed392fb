package org.plsim.io.sweepfolder;

import org.plsim.io.csv.RunsCsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * What a part file holds, read without changing it (a shard may still be appending): its identity, every whole
 * block, and every block that is not. A block ends at a {@code #} line; it is whole when that line is a marker
 * whose row count, length and CRC-32 match the rows before it. A block that is not whole but is followed by
 * more is damage (a changed byte, a lost line), as is anything at all wrong in a complete part file; rows after
 * the last block of an in-progress part file are a torn run (cut off by a kill, a full disk or a power cut).
 *
 * @param identity    the first line's sweep, fingerprint and shard; null until both header lines are whole
 * @param blocks      whole blocks, in file order
 * @param damage      blocks (or, in a complete file, a tail or header) that are not whole, in file order
 * @param validLength bytes up to the end of the last whole block (or of the header); in a complete file, of the
 *                    last block, whole or not
 * @param length      bytes in the file when it was read
 */
record PartScan(Path file, PartFormat.Identity identity, List<PartBlock> blocks, List<PartDamage> damage,
                long validLength, long length) {
    PartScan {
        blocks = List.copyOf(blocks);
        damage = List.copyOf(damage);
    }

    /** Whether the file is a complete shard's ({@code .csv}, not {@code .csv.part}). */
    static boolean isComplete(Path file) {
        return !file.getFileName().toString().endsWith(".part");
    }

    /** Bytes after the last block of an in-progress part file: a torn run (0 in a complete file: damage). */
    long tornBytes() {
        return isComplete(file) ? 0 : length - validLength;
    }

    static PartScan of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Lines lines = new Lines(in);
            byte[] first = lines.next();
            byte[] second = first == null ? null : lines.next();
            PartFormat.Identity identity = first == null ? null : PartFormat.identity(text(first));
            if (identity == null || second == null || !text(second).equals(RunsCsv.header())) {
                long size = Files.size(file);
                List<PartDamage> damage = isComplete(file) ? List.of(new PartDamage(file, 1, 2, null,
                        "not the two header lines of a part file")) : List.of();
                return new PartScan(file, null, List.of(), damage, 0, size);
            }
            List<PartBlock> blocks = new ArrayList<>();
            List<PartDamage> damage = new ArrayList<>();
            long valid = first.length + second.length;
            long position = valid;
            long lineNo = 2;
            long blockLine = 3;
            long wholeEnd = valid;
            long wholeLine = 2;
            CRC32 crc = new CRC32();
            int rows = 0;
            for (byte[] line = lines.next(); line != null; line = lines.next()) {
                lineNo++;
                if (line[line.length - 1] != '\n') {
                    break; // the last line, cut off: a torn (or, in a complete file, damaged) tail
                }
                position += line.length;
                if (line[0] != '#') {
                    crc.update(line);
                    rows++;
                    continue;
                }
                PartFormat.Marker m = PartFormat.parseMarker(text(line));
                long length = position - line.length - valid;
                if (m != null && m.rows() == rows && m.bytes() == length && m.crc32() == crc.getValue()) {
                    blocks.add(new PartBlock(file, m.key(), valid, length, rows, m.crc32(), m.treatmentNanos(),
                            m.bauNanos(), m.watched()));
                    wholeEnd = position;
                    wholeLine = lineNo;
                } else {
                    damage.add(new PartDamage(file, blockLine, lineNo, m == null ? null : m.key(), m == null
                            ? "rows without a readable completion marker"
                            : "rows that do not match their completion marker (count, length or CRC-32)"));
                }
                valid = position;
                blockLine = lineNo + 1;
                crc.reset();
                rows = 0;
            }
            long size = Files.size(file);
            if (!isComplete(file)) { // after the last whole block: a run being written when it stopped
                long last = wholeLine;
                damage.removeIf(d -> d.firstLine() > last);
                return new PartScan(file, identity, blocks, damage, wholeEnd, size);
            }
            if (size > valid) {
                damage.add(new PartDamage(file, blockLine, Math.max(blockLine, lineNo), null,
                        "rows after the last completion marker"));
            }
            return new PartScan(file, identity, blocks, damage, valid, size);
        }
    }

    private static String text(byte[] line) {
        return new String(line, StandardCharsets.UTF_8);
    }

    /** Lines as bytes, each with its {@code \n}; the last may lack one (torn). Streams: files may be large. */
    private static final class Lines {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int start;
        private int end;

        Lines(InputStream in) {
            this.in = in;
        }

        byte[] next() throws IOException {
            byte[] line = null;
            while (true) {
                if (start == end) {
                    end = in.read(buffer, 0, buffer.length);
                    start = 0;
                    if (end <= 0) {
                        end = 0;
                        return line;
                    }
                }
                int i = start;
                while (i < end && buffer[i] != '\n') {
                    i++;
                }
                boolean found = i < end;
                int stop = found ? i + 1 : end;
                line = append(line, stop - start);
                start = stop;
                if (found) {
                    return line;
                }
            }
        }

        private byte[] append(byte[] line, int n) {
            int old = line == null ? 0 : line.length;
            byte[] out = line == null ? new byte[n] : Arrays.copyOf(line, old + n);
            System.arraycopy(buffer, start, out, old, n);
            return out;
        }
    }
}
