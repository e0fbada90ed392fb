package org.plsim.workflow.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.SweepRecord;
import org.plsim.io.manifest.RunEnvironment;
import org.plsim.io.manifest.SweepManifest;
import org.plsim.io.sweepfolder.ReplicateCounts;
import org.plsim.io.sweepfolder.FolderLock;
import org.plsim.io.sweepfolder.LockHolder;
import org.plsim.io.sweepfolder.ShardReport;
import org.plsim.io.sweepfolder.SweepFolder;
import org.plsim.io.sweepfolder.StagedOutputs;
import org.plsim.io.sweepfolder.SweepMerge;
import org.plsim.io.sweepfolder.SweepRefusal;
import org.plsim.io.sweepfolder.SweepStatus;

/**
 * The end of a sweep, whether it ran on one machine or in shards: merge the folder's runs into {@code runs.csv}
 * exactly once and, when every run is in, write the analysis and {@code manifest.json} of the plan (staged, each
 * file renamed into place, so no half-written file ever shows).
 */
public final class MergeAndAnalysis {
    /** The sweep a merged folder is analysed with; null after saying why there is none. */
    @FunctionalInterface
    public interface PlanSource {
        SweepPlan plan(SweepStatus merged);
    }

    private final SweepOutputs outputs;
    private final List<String> commandLine;

    /** @param commandLine the arguments of the command, for the manifest */
    public MergeAndAnalysis(SweepOutputs outputs, List<String> commandLine) {
        this.outputs = outputs;
        this.commandLine = List.copyOf(commandLine);
    }

    /**
     * Merges {@code root} and writes its analysis.
     *
     * @param sweepFile the sweep file as the user named it; null for the one the shards recorded
     * @param threads   threads the runs were made with here (unused for a merge of shards)
     * @param session   what this command ran into the folder; null for a merge of shards run elsewhere
     * @throws SweepProblem refused, writing nothing: the folder is not a sweep's, another process writes into it,
     *                      runs are missing, or there is no plan that matches it; failed: runs disagree, or writing
     *                      failed (the merged runs.csv and design.csv are kept)
     */
    public MergedSweep run(Path root, PlanSource plans, String sweepFile, Instant started, int threads,
                           ShardReport session) throws SweepProblem {
        try (FolderLock lock = FolderLock.forMerge(new SweepFolder(root), LockHolder.thisProcess(holder(root)))) {
            return mergeLocked(root, plans, sweepFile, started, threads, session);
        } catch (SweepRefusal e) {
            throw new SweepProblem(SweepProblem.Kind.REFUSED, "plsim: " + e.getMessage());
        } catch (IOException e) {
            throw new SweepProblem(SweepProblem.Kind.FAILED, "plsim: could not merge " + root
                    + " (the shards are untouched): " + e);
        }
    }

    /** Reads the folder, finds the plan, and only then writes: a refused merge leaves the folder as it was. */
    private MergedSweep mergeLocked(Path root, PlanSource plans, String sweepFile, Instant started, int threads,
                                    ShardReport session) throws SweepProblem, SweepRefusal, IOException {
        SweepMerge.Pending pending = SweepMerge.read(root);
        SweepStatus s = pending.status();
        if (!pending.mergeable()) {
            throw FolderStatus.problem(s);
        }
        SweepPlan plan = plans.plan(s);
        if (plan == null) {
            throw new SweepProblem(SweepProblem.Kind.REFUSED, "plsim: nothing written to " + root);
        }
        pending.write();
        SweepRecord record = record(s, sweepFile, started, threads, session);
        SweepResults[] results = new SweepResults[1];
        List<String> written;
        try {
            written = StagedOutputs.write(root, staging -> {
                results[0] = outputs.write(staging, plan, record);
                SweepManifest.write(staging.resolve(SweepManifest.FILE), plan, record,
                        RunEnvironment.detect(Path.of("")), filesIn(staging));
            });
        } catch (IOException | RuntimeException e) {
            throw new SweepProblem(SweepProblem.Kind.FAILED, "plsim: merged runs.csv and design.csv in " + root
                    + ", but the analysis failed: " + e);
        }
        return new MergedSweep(root, s.sweep().sweepId(), s.expected(), s.sweep().points().size(),
                session == null ? 0 : session.tornBytes(), written,
                results[0] == null ? null : LargestEffects.of(results[0]));
    }

    /** This merge as its lock file names it: the command as typed. */
    private String holder(Path root) {
        return commandLine.isEmpty() ? "plsim merge " + root : "plsim " + String.join(" ", commandLine);
    }

    private SweepRecord record(SweepStatus s, String sweepFile, Instant started, int threads, ShardReport session) {
        ReplicateCounts counts = s.counts();
        boolean local = session != null;
        return new SweepRecord(sweepFile != null ? sweepFile : s.sweepFile(), commandLine, started,
                counts.replicatesByPoint(), counts.stopped(), counts.halfWidths(), s.shards().size(),
                local ? threads : 0, local ? session.wallNanos() / 1e9 : Double.NaN, s.treatmentNanos() / 1e9,
                s.bauNanos() / 1e9);
    }

    /** Every file of the result but the manifest, sorted by name, for the manifest's list. */
    private static List<Path> filesIn(Path staging) throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(SweepManifest.FILE))
                    .sorted().toList();
        }
    }
}
