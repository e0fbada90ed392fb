package org.plsim.io.sweepfolder;

import org.plsim.io.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plsim.experiment.sweep.ScheduleReport;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepKey;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.SweepProgress;
import org.plsim.experiment.sweep.SweepRun;
import org.plsim.experiment.sweep.SweepSchedule;

/**
 * Runs one shard of a sweep (the whole sweep is shard 0/1) into its result folder, resumably: each finished
 * run is appended to the shard's part file at once; on {@code resume} the runs already there (in any part
 * file of the folder) are skipped and a torn tail is cut off; when every run of the shard is in, the part
 * file is renamed to {@code .csv}. A complete shard is checked first ({@link ShardCheck}) and left alone only when
 * whole: damage is kept aside and its runs rerun. The job holds the shard's {@link FolderLock} throughout, so a
 * second process is refused rather than writing beside it. Adaptive replicates run here in rounds, unsharded
 * only, and end by writing {@code replicates.json}.
 */
public final class SweepJob {
    private final SweepRun run;
    private final SweepPlan plan;
    private final SweepFolder folder;
    private final Shard shard;
    private final int threads;
    private final boolean resume;
    private final String sweepFile;
    private final SweepProgress progress;
    private final String command;

    /** A job whose lock file names it as the {@code plsim sweep} command that would run it. */
    public SweepJob(SweepRun run, Path root, Shard shard, int threads, boolean resume, String sweepFile,
                    SweepProgress progress) {
        this(run, root, shard, threads, resume, sweepFile, progress, "plsim sweep " + sweepFile
                + (shard.isWhole() ? "" : " --shard " + shard.label()) + (resume ? " --resume" : "") + " --out " + root);
    }

    /** @param command the command running the job, as typed, for the lock file (and so for a process refused) */
    public SweepJob(SweepRun run, Path root, Shard shard, int threads, boolean resume, String sweepFile,
                    SweepProgress progress, String command) {
        this.run = run;
        this.plan = run.plan();
        this.folder = new SweepFolder(root);
        this.shard = shard;
        this.threads = threads;
        this.resume = resume;
        this.sweepFile = sweepFile;
        this.progress = progress;
        this.command = command;
    }

    public ShardReport run() throws IOException, SweepRefusal {
        if (plan.replicates().isAdaptive() && !shard.isWhole()) {
            throw new SweepRefusal("--shard " + shard.label() + ": adaptive replicates decide each round from every "
                    + "point's runs so far, so they run on one machine; allowed: no --shard for this sweep, or a "
                    + "fixed replicate count");
        }
        if (!folder.isSweepOrFree()) {
            throw new SweepRefusal(folder.root() + " exists and is not a sweep folder (no " + SweepIdentity.FILE
                    + "); use --out for a new folder");
        }
        try (FolderLock lock = FolderLock.forShard(folder, shard, LockHolder.thisProcess(command))) {
            return runLocked();
        }
    }

    /** The job, holding the shard's lock from before its first file is touched until its last is renamed. */
    private ShardReport runLocked() throws IOException, SweepRefusal {
        refuseExisting();
        SweepIdentity identity = SweepIdentity.of(plan);
        identity.claim(folder);
        Long expected = plan.replicates().isAdaptive() ? null
                : shard.runs(plan.points().size(), plan.replicates().fixed());
        ShardSidecar sidecar = ShardSidecar.of(plan.sweepId(), plan.fingerprint(), shard, expected, sweepFile);
        if (!sidecar.equals(checkedSidecar())) {
            sidecar.write(folder.sidecar(shard));
        }
        ShardCheck check = ShardCheck.of(folder, shard, plan);
        if (check.complete()) {
            return alreadyComplete();
        }
        long t0 = System.nanoTime();
        ScheduleReport did;
        ReplicateCounts counts = null;
        long torn;
        try (PartWriter part = PartWriter.open(folder.part(shard), plan.sweepId(), plan.fingerprint(), shard)) {
            torn = part.recovered().tornBytes();
            did = new SweepSchedule(run, threads, shard, progress).run(runsDone(part), part);
            if (did.rounds() != null) {
                counts = ReplicateCounts.adaptive(plan.sweepId(), plan.fingerprint(), did.rounds());
                counts.write(folder.replicatesJson());
            }
            progress.finish();
        }
        AtomicFile.rename(folder.part(shard), folder.completed(shard));
        return new ShardReport(did.runsDone(), did.runsSkipped(), torn, false, System.nanoTime() - t0,
                did.treatmentNanos(), did.bauNanos(), did.armsNanos(), counts,
                check.damage().stream().map(d -> d.describe(folder.root())).toList(), check.keptAs());
    }

    /** Without --resume: a new or empty folder (unsharded), or one in which this shard has no files yet. */
    private void refuseExisting() throws SweepRefusal, IOException {
        Path root = folder.root();
        if (resume) {
            return;
        }
        if (shard.isWhole() && !folder.isFreeButLocks()) {
            throw new SweepRefusal(root + " exists; use --resume to finish that sweep or --out for a new folder");
        }
        for (Path own : List.of(folder.part(shard), folder.completed(shard), folder.sidecar(shard))) {
            if (Files.exists(own)) {
                throw new SweepRefusal(root + " exists and holds shard " + shard.label() + " (" + own.getFileName()
                        + "); use --resume to finish it or --out for a new folder");
            }
        }
    }

    /** The shard's sidecar if it has one (null if not); refuses one of another sweep. */
    private ShardSidecar checkedSidecar() throws IOException, SweepRefusal {
        ShardSidecar there = null;
        if (Files.exists(folder.sidecar(shard))) {
            there = ShardSidecar.read(folder.sidecar(shard));
            if (!there.fingerprint().equals(plan.fingerprint())) {
                throw new SweepRefusal(folder.sidecar(shard) + ": shard " + shard.label() + " was started for sweep "
                        + there.sweepId() + " (fingerprint " + SweepIdentity.shortly(there.fingerprint())
                        + "), not this one (" + SweepIdentity.shortly(plan.fingerprint()) + "); allowed: the same "
                        + "sweep file and PLSim version, or a new folder (--out)");
            }
        }
        return there;
    }

    private ShardReport alreadyComplete() throws IOException, SweepRefusal {
        PartScan scan = PartScan.of(folder.completed(shard));
        if (scan.identity() == null || !scan.identity().fingerprint().equals(plan.fingerprint())) {
            throw new SweepRefusal(folder.completed(shard) + ": not a part file of this sweep ("
                    + SweepIdentity.shortly(plan.fingerprint()) + "); allowed: the same sweep, or --out");
        }
        ReplicateCounts counts = Files.exists(folder.replicatesJson()) && plan.replicates().isAdaptive()
                ? ReplicateCounts.read(folder.replicatesJson()) : null;
        return new ShardReport(0, scan.blocks().size(), 0, true, 0, 0, 0, 0, counts, List.of(), null);
    }

    /** Runs already done, from this shard's part file and (read only) every other part file of the sweep. */
    private Map<SweepKey, Double> runsDone(PartWriter part) throws IOException {
        Map<SweepKey, Double> done = new HashMap<>();
        part.recovered().blocks().forEach(b -> done.put(b.key(), b.watched()));
        for (Path other : folder.parts()) {
            if (!other.equals(part.recovered().file())) {
                PartScan scan = PartScan.of(other);
                if (scan.identity() != null && scan.identity().fingerprint().equals(plan.fingerprint())) {
                    scan.blocks().forEach(b -> done.putIfAbsent(b.key(), b.watched()));
                }
            }
        }
        return done;
    }
}
