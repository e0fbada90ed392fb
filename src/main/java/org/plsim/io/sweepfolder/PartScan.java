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
 * What a part file holds, read without changing it (a shard may still be appending): its identity, and
 * every whole block up to the first that is not, whose start is where the valid part ends.
 *
 * @param identity    the first line's sweep, fingerprint and shard; null until both header lines are whole
 * @param blocks      whole blocks, in file order
 * @param validLength bytes up to the end of the last whole block (or of the header)
 * @param length      bytes in the file when it was read
 */
record PartScan(Path file, PartFormat.Identity identity, List<PartBlock> blocks, long validLength, long length) {
    PartScan {
        blocks = List.copyOf(blocks);
    }

    /** Bytes after the last whole block: a torn run. */
    long tornBytes() {
        return length - validLength;
    }

    static PartScan of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Lines lines = new Lines(in);
            byte[] first = lines.next();
            byte[] second = first == null ? null : lines.next();
            PartFormat.Identity identity = first == null ? null : PartFormat.identity(text(first));
            if (identity == null || second == null || !text(second).equals(RunsCsv.header())) {
                return new PartScan(file, null, List.of(), 0, Files.size(file));
            }
            List<PartBlock> blocks = new ArrayList<>();
            long valid = first.length + second.length;
            long position = valid;
            CRC32 crc = new CRC32();
            int rows = 0;
            for (byte[] line = lines.next(); line != null; line = lines.next()) {
                boolean whole = line[line.length - 1] == '\n';
                if (line[0] != '#') {
                    if (!whole) {
                        break;
                    }
                    crc.update(line);
                    rows++;
                    position += line.length;
                    continue;
                }
                PartFormat.Marker m = PartFormat.parseMarker(text(line));
                long length = position - valid;
                if (m == null || m.rows() != rows || m.bytes() != length || m.crc32() != crc.getValue()) {
                    break;
                }
                blocks.add(new PartBlock(file, m.key(), valid, length, rows, m.crc32(), m.treatmentNanos(),
                        m.bauNanos(), m.watched()));
                position += line.length;
                valid = position;
                crc.reset();
                rows = 0;
            }
            return new PartScan(file, identity, blocks, valid, Files.size(file));
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
