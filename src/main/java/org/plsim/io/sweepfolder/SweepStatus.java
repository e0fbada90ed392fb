package org.plsim.io.sweepfolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plsim.experiment.sweep.Shard;

/**
 * Where a sweep folder stands: runs expected and present, shard by shard, duplicates found (identical ones
 * are harmless; different ones mean the model was not deterministic), and the exact commands that would
 * finish it.
 *
 * @param counts         replicates per point; null while an adaptive sweep's rounds are still going
 * @param expected       runs the sweep needs (so far, for an unfinished adaptive sweep)
 * @param present        of those, runs found in some part file
 * @param shards         each shard of the split the sweep was started with
 * @param nondeterministic one line per key found twice with different rows
 * @param tornBytes      bytes after the last whole run in in-progress part files (cut off on resume)
 * @param sweepFile      the sweep file the shards were started from, as they named it (as resolved then, when it
 *                       is not there from the working directory); null if unknown
 * @param treatmentNanos model time of the present runs' treatment arms
 * @param bauNanos       model time of the present runs' business-as-usual arms
 */
public record SweepStatus(Path root, SweepIdentity sweep, ReplicateCounts counts, long expected, long present,
                          List<ShardState> shards, List<String> nondeterministic, int identicalDuplicates,
                          long tornBytes, String sweepFile, long treatmentNanos, long bauNanos) {
    public SweepStatus {
        shards = List.copyOf(shards);
        nondeterministic = List.copyOf(nondeterministic);
    }

    /** One shard: runs it should finish and runs of those found anywhere in the folder. */
    public record ShardState(Shard shard, long expected, long present, boolean started) {
        public boolean complete() {
            return present >= expected;
        }
    }

    /** Every run is there (and, for an adaptive sweep, its rounds have ended). */
    public boolean complete() {
        return counts != null && present == expected;
    }

    public List<Shard> missingShards() {
        return shards.stream().filter(s -> !s.complete()).map(ShardState::shard).toList();
    }

    /** The command that runs (or resumes) each incomplete shard, as the user would type it. */
    public List<String> resubmitCommands() {
        String file = sweepFile == null ? "SWEEP_FILE" : quoted(sweepFile);
        List<String> out = new ArrayList<>();
        if (counts == null) {
            out.add("plsim sweep " + file + " --resume --out " + quoted(root.toString()));
            return out;
        }
        for (Shard s : missingShards()) {
            out.add("plsim sweep " + file + (s.isWhole() ? "" : " --shard " + s.label()) + " --resume --out "
                    + quoted(root.toString()));
        }
        return out;
    }

    /** What {@code plsim status} prints. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "sweep %s (fingerprint %s) in %s", sweep.sweepId(),
                SweepIdentity.shortly(sweep.fingerprint()), root));
        lines.add(String.format(Locale.ROOT, "runs: %,d of %,d%s", present, expected,
                counts == null ? " so far (adaptive replicates: rounds still going)" : ""));
        for (ShardState s : shards) {
            if (shards.size() > 1 || !s.complete()) {
                lines.add(String.format(Locale.ROOT, "  shard %s: %,d of %,d runs%s", s.shard().label(), s.present(),
                        s.expected(), s.complete() ? ", complete" : s.started() ? ", INCOMPLETE" : ", NOT STARTED"));
            }
        }
        if (identicalDuplicates > 0) {
            lines.add(String.format(Locale.ROOT, "%,d runs found twice with identical rows (each counted once)",
                    identicalDuplicates));
        }
        if (tornBytes > 0) {
            lines.add(String.format(Locale.ROOT, "%,d bytes of interrupted runs after the last whole run "
                    + "(cut off when the shard resumes; never merged)", tornBytes));
        }
        nondeterministic.forEach(n -> lines.add("NONDETERMINISTIC: " + n));
        if (!complete()) {
            if (counts != null && shards.size() > 1) {
                lines.add("missing shards: " + String.join(", ", missingShards().stream().map(Shard::label).toList()));
            }
            lines.add("to finish, run:");
            resubmitCommands().forEach(c -> lines.add("  " + c));
        }
        return lines;
    }

    private static String quoted(String s) {
        return s.matches("[A-Za-z0-9_./:=@%+,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
