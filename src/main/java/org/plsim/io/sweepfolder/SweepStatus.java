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
 * @param damage         one line per damaged place in a part file (its runs are missing until rerun)
 * @param running        one line per process writing into the folder now (a shard's, or a merge)
 * @param sweepFile      the sweep file the shards were started from, as they named it (as resolved then, when it
 *                       is not there from the working directory); null if unknown
 * @param treatmentNanos model time of the present runs' treatment arms
 * @param bauNanos       model time of the present runs' business-as-usual arms
 */
public record SweepStatus(Path root, SweepIdentity sweep, ReplicateCounts counts, long expected, long present,
                          List<ShardState> shards, List<String> nondeterministic, int identicalDuplicates,
                          long tornBytes, List<String> damage, List<String> running, String sweepFile,
                          long treatmentNanos, long bauNanos) {
    public SweepStatus {
        shards = List.copyOf(shards);
        nondeterministic = List.copyOf(nondeterministic);
        damage = List.copyOf(damage);
        running = List.copyOf(running);
    }

    /**
     * One shard: runs it should finish and runs of those found anywhere in the folder.
     *
     * @param damaged whether one of its part files holds damage
     */
    public record ShardState(Shard shard, long expected, long present, boolean started, boolean damaged) {
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
        return resubmitCommands("plsim");
    }

    /** {@link #resubmitCommands()} started by {@code program} ({@code ./plsim}, as launched). */
    public List<String> resubmitCommands(String program) {
        String file = sweepFile == null ? "SWEEP_FILE" : quoted(sweepFile);
        List<String> out = new ArrayList<>();
        if (counts == null) {
            out.add(program + " sweep " + file + " --resume --out " + quoted(root.toString()));
            return out;
        }
        for (Shard s : missingShards()) {
            out.add(program + " sweep " + file + (s.isWhole() ? "" : " --shard " + s.label()) + " --resume --out "
                    + quoted(root.toString()));
        }
        return out;
    }

    /** What {@code plsim status} prints. */
    public List<String> describe() {
        return describe("plsim");
    }

    /** What {@code plsim status} prints, its commands started by {@code program} ({@code ./plsim}, as launched). */
    public List<String> describe(String program) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "sweep %s (fingerprint %s) in %s", sweep.sweepId(),
                SweepIdentity.shortly(sweep.fingerprint()), root));
        lines.add(String.format(Locale.ROOT, "runs: %,d of %,d%s", present, expected,
                counts == null ? " so far (adaptive replicates: rounds still going)" : ""));
        for (ShardState s : shards) {
            if (shards.size() > 1 || !s.complete()) {
                lines.add(String.format(Locale.ROOT, "  shard %s: %,d of %,d runs%s", s.shard().label(), s.present(),
                        s.expected(), state(s)));
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
        damage.forEach(d -> lines.add("DAMAGED: " + d));
        if (!damage.isEmpty()) {
            lines.add(complete() ? "(every run is whole elsewhere in the folder, so the merge does not need them)"
                    : "their runs count as missing: the command below reruns only those, byte for byte, and keeps "
                    + "the damaged file beside as .damaged");
        }
        nondeterministic.forEach(n -> lines.add("NONDETERMINISTIC: " + n));
        running.forEach(r -> lines.add("RUNNING NOW: " + r));
        if (!complete()) {
            if (counts != null && shards.size() > 1) {
                lines.add("missing shards: " + String.join(", ", missingShards().stream().map(Shard::label).toList()));
            }
            lines.add(running.isEmpty() ? "to finish, run:" : "wait for it to end; if runs are still missing then, "
                    + "run:");
            resubmitCommands(program).forEach(c -> lines.add("  " + c));
        }
        return lines;
    }

    /**
     * A shard's state in words. Runs are counted wherever they are, so a shard never started under this split may
     * hold runs done by shards of another split: it is then partly done, not "not started".
     */
    private static String state(ShardState s) {
        if (s.complete()) {
            return s.started() ? ", complete" : ", complete (its runs were done by shards of another split)";
        }
        if (s.damaged()) {
            return ", DAMAGED";
        }
        if (s.started()) {
            return ", INCOMPLETE";
        }
        return s.present() > 0 ? ", INCOMPLETE (not started under this split; its runs so far were done by shards "
                + "of another split)" : ", NOT STARTED";
    }

    /** {@code s} as a shell word: as it is when it needs no quotes, else in single quotes. */
    public static String quoted(String s) {
        return s.matches("[A-Za-z0-9_./:=@%+,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
