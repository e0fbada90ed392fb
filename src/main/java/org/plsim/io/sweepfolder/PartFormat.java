package org.plsim.io.sweepfolder;

import org.plsim.io.csv.RunsCsv;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plsim.experiment.sweep.RunResult;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepKey;

/**
 * The text of a shard's part file. It is {@code runs.csv} with {@code #} comment lines (readable as CSV by
 * any reader that skips comments): a first line naming the sweep, its fingerprint and the shard, the CSV
 * header, then one block per finished run — its rows, then a completion marker such as
 *
 * <pre>{@code
 * # done point=3 replicate=7 rows=612 bytes=80321 crc32=0a1b2c3d treatment_ns=51234567 bau_ns=49876543
 * }</pre>
 *
 * A block counts only when its marker is whole and its rows match the marker's count, length and CRC-32:
 * whatever follows the last such block (a run cut off by a kill, a full disk or a power cut) is torn.
 */
final class PartFormat {
    static final String FIRST_LINE_PREFIX = "# plsim sweep part: ";
    static final String MARKER_PREFIX = "# done ";
    private static final Pattern FIRST_LINE = Pattern.compile(
            "# plsim sweep part: sweep_id=(\\S+) fingerprint=([0-9a-f]+) shard=(\\d+)/(\\d+)\n");
    private static final Pattern PAIR = Pattern.compile("([a-z0-9_]+)=(\\S+)");

    private PartFormat() {
    }

    /** The first two lines: identity, then the CSV header. */
    static String header(String sweepId, String fingerprint, Shard shard) {
        return FIRST_LINE_PREFIX + "sweep_id=" + sweepId + " fingerprint=" + fingerprint + " shard=" + shard.label()
                + "\n" + RunsCsv.header();
    }

    /** What a part file's first line says, or null when it is not a whole first line of a part file. */
    static Identity identity(String firstLine) {
        Matcher m = FIRST_LINE.matcher(firstLine);
        if (!m.matches()) {
            return null;
        }
        try {
            return new Identity(m.group(1), m.group(2), new Shard(Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4))));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    record Identity(String sweepId, String fingerprint, Shard shard) {
    }

    static String marker(RunResult run, int rows, long bytes, long crc32) {
        StringBuilder b = new StringBuilder(MARKER_PREFIX)
                .append("point=").append(run.key().point())
                .append(" replicate=").append(run.key().replicate())
                .append(" rows=").append(rows)
                .append(" bytes=").append(bytes)
                .append(" crc32=").append(String.format(Locale.ROOT, "%08x", crc32))
                .append(" treatment_ns=").append(run.treatmentNanos())
                .append(" bau_ns=").append(run.bauNanos());
        if (!Double.isNaN(run.watched())) {
            b.append(" watched=").append(Double.toString(run.watched())); // exact: round-trips through parsing
        }
        return b.append('\n').toString();
    }

    /** The marker's fields, or null if {@code line} is not a whole, well-formed marker. */
    static Marker parseMarker(String line) {
        if (!line.startsWith(MARKER_PREFIX) || !line.endsWith("\n")) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        for (String token : line.substring(MARKER_PREFIX.length(), line.length() - 1).split(" ")) {
            Matcher m = PAIR.matcher(token);
            if (!m.matches()) {
                return null;
            }
            fields.put(m.group(1), m.group(2));
        }
        try {
            return new Marker(new SweepKey(Integer.parseInt(fields.get("point")),
                    Integer.parseInt(fields.get("replicate"))),
                    Integer.parseInt(fields.get("rows")), Long.parseLong(fields.get("bytes")),
                    Long.parseLong(fields.get("crc32"), 16), Long.parseLong(fields.get("treatment_ns")),
                    Long.parseLong(fields.get("bau_ns")),
                    fields.containsKey("watched") ? Double.parseDouble(fields.get("watched")) : Double.NaN);
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    record Marker(SweepKey key, int rows, long bytes, long crc32, long treatmentNanos, long bauNanos,
                  double watched) {
    }
}
