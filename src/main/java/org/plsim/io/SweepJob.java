package org.plsim.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plsim.experiment.sweep.AdaptiveRounds;
import org.plsim.experiment.sweep.LocalSweepRunner;
import org.plsim.experiment.sweep.RunResult;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepKey;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.SweepProgress;
import org.plsim.experiment.sweep.SweepRun;

/**
 * Runs one shard of a sweep (the whole sweep is shard 0/1) into its result folder, resumably: each finished
 * run is appended to the shard's part file at once; on {@code resume} the runs already there (in any part
 * file of the folder) are skipped and a torn tail is cut off; when every run of the shard is in, the part
 * file is renamed to {@code .csv}. A shard already complete is left alone. Adaptive replicates run here in
 * rounds, unsharded only, and end by writing {@code replicates.json}.
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

        /**
     * What this session did.
     *
     * @param treatmentNanos model time of the treatment arms this session ran
     * @param bauNanos       model time of the business-as-usual arms this session ran
     * @param armsNanos      time of whole arms (models, component set-up, cost plans) this session ran
     * @param counts         adaptive sweeps: the replicates each point got; null for a fixed count
     */
    public record Outcome(long runsDone, long runsSkipped, long tornBytes, boolean alreadyComplete, long wallNanos,
                          long treatmentNanos, long bauNanos, long armsNanos, ReplicateCounts counts) {
    }

    public SweepJob(SweepRun run, Path root, Shard shard, int threads, boolean resume, String sweepFile,
                    SweepProgress progress) {
        this.run = run;
        this.plan = run.plan();
        this.folder = new SweepFolder(root);
        this.shard = shard;
        this.threads = threads;
        this.resume = resume;
        this.sweepFile = sweepFile;
        this.progress = progress;
    }

    public Outcome run() throws IOException, SweepRefusal {
        if (plan.replicates().isAdaptive() && !shard.isWhole()) {
            throw new SweepRefusal("--shard " + shard.label() + ": adaptive replicates decide each round from every "
                    + "point's runs so far, so they run on one machine; allowed: no --shard for this sweep, or a "
                    + "fixed replicate count");
        }
        refuseExisting();
        Files.createDirectories(folder.shards());
        SweepIdentity identity = SweepIdentity.of(plan);
        identity.claim(folder);
        Long expected = plan.replicates().isAdaptive() ? null
                : shard.runs(plan.points().size(), plan.replicates().fixed());
        ShardSidecar sidecar = new ShardSidecar(plan.sweepId(), plan.fingerprint(), shard, expected, sweepFile);
        if (!sidecar.equals(checkedSidecar())) {
            sidecar.write(folder.sidecar(shard));
        }
        if (Files.exists(folder.completed(shard))) {
            return alreadyComplete();
        }
        long t0 = System.nanoTime();
        Session session;
        try (PartWriter part = PartWriter.open(folder.part(shard), plan.sweepId(), plan.fingerprint(), shard)) {
            session = new Session(part, runsDone(part));
            if (plan.replicates().isAdaptive()) {
                session.adaptive().write(folder.replicatesJson());
            } else {
                session.fixed();
            }
            progress.finish();
        }
        AtomicFile.rename(folder.part(shard), folder.completed(shard));
        return new Outcome(session.ran, session.skipped(), session.torn, false, System.nanoTime() - t0,
                session.treatmentNanos, session.bauNanos, session.armsNanos, session.counts);
    }

    /**
     * A sweep folder, or a new or empty one; without --resume, also one in which this shard has no files yet
     * (unsharded: a new or empty folder).
     */
    private void refuseExisting() throws SweepRefusal, IOException {
        Path root = folder.root();
        if (!folder.isSweepOrFree()) {
            throw new SweepRefusal(root + " exists and is not a sweep folder (no " + SweepIdentity.FILE
                    + "); use --out for a new folder");
        }
        if (resume) {
            return;
        }
        if (shard.isWhole() && !ResultFolder.isFree(root)) {
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

    private Outcome alreadyComplete() throws IOException, SweepRefusal {
        PartScan scan = PartScan.of(folder.completed(shard));
        if (scan.identity() == null || !scan.identity().fingerprint().equals(plan.fingerprint())) {
            throw new SweepRefusal(folder.completed(shard) + ": not a part file of this sweep ("
                    + SweepIdentity.shortly(plan.fingerprint()) + "); allowed: the same sweep, or --out");
        }
        ReplicateCounts counts = Files.exists(folder.replicatesJson()) && plan.replicates().isAdaptive()
                ? ReplicateCounts.read(folder.replicatesJson()) : null;
        return new Outcome(0, scan.blocks().size(), 0, true, 0, 0, 0, 0, counts);
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

    /** The runs of one session: appends each finished run and counts what it did. */
    private final class Session {
        private final PartWriter part;
        private final Map<SweepKey, Double> done;
        private final Set<SweepKey> doneBefore;
        private final long torn;
        private List<SweepKey> keys = List.of();
        private long ran;
        private long treatmentNanos;
        private long bauNanos;
        private long armsNanos;
        private ReplicateCounts counts;

        Session(PartWriter part, Map<SweepKey, Double> done) {
            this.part = part;
            this.done = done;
            this.doneBefore = new HashSet<>(done.keySet());
            this.torn = part.recovered().tornBytes();
        }

        void fixed() throws IOException {
            int points = plan.points().size();
            long total = (long) points * plan.replicates().fixed();
            keys = new ArrayList<>();
            for (long i = shard.index(); i < total; i += shard.count()) {
                keys.add(SweepKey.ofIndex(i, points));
            }
            progress.start(keys.size() - pending().size(), keys.size());
            runAll();
        }

        ReplicateCounts adaptive() throws IOException {
            AdaptiveRounds rounds = new AdaptiveRounds(plan.replicates(), plan.points().size());
            keys = rounds.keys();
            progress.start(keys.size() - pending().size(), keys.size());
            while (true) {
                runAll();
                for (SweepKey k : keys) {
                    if (Double.isNaN(done.get(k))) {
                        throw new IllegalStateException("run " + k + " has no watched value in its part file");
                    }
                }
                if (rounds.advance(done)) {
                    break;
                }
                keys = rounds.keys();
                progress.advance(keys.size() - pending().size(), keys.size());
            }
            counts = new ReplicateCounts(plan.sweepId(), plan.fingerprint(), rounds.stopped(), rounds.rounds(),
                    rounds.replicatesByPoint(), rounds.halfWidths());
            return counts;
        }

        /** Runs of the current key set that were done before this session. */
        long skipped() {
            return keys.stream().filter(doneBefore::contains).count();
        }

        private List<SweepKey> pending() {
            return keys.stream().filter(k -> !done.containsKey(k)).toList();
        }

        private void runAll() throws IOException {
            List<SweepKey> pending = pending();
            long[] finished = {keys.size() - pending.size()};
            String sweepId = plan.sweepId();
            new LocalSweepRunner(run, threads).run(pending, r -> PartWriter.encode(sweepId, r), block -> {
                part.append(block);
                RunResult r = block.run();
                done.put(r.key(), r.watched());
                ran++;
                treatmentNanos += r.treatmentNanos();
                bauNanos += r.bauNanos();
                armsNanos += r.armsNanos();
                progress.advance(++finished[0], keys.size());
            });
        }
    }
}
