package org.plsim.io.sweepfolder;

import java.io.IOException;
import java.util.ArrayList;
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
 * The runs of one session of a shard: the keys it must have, those still to run, run in parallel and each
 * appended to the part file as it finishes; adaptive sweeps round by round. Counts what it did.
 */
final class ShardSession {
    private final SweepRun run;
    private final SweepPlan plan;
    private final Shard shard;
    private final int threads;
    private final SweepProgress progress;
    private final PartWriter part;
    private final Map<SweepKey, Double> done;
    private final Set<SweepKey> doneBefore;
    final long torn;
    private List<SweepKey> keys = List.of();
    long ran;
    long treatmentNanos;
    long bauNanos;
    long armsNanos;
    ReplicateCounts counts;

    /** @param done the runs done before, from every part file of the folder, with their watched values */
    ShardSession(SweepRun run, Shard shard, int threads, SweepProgress progress, PartWriter part,
                 Map<SweepKey, Double> done) {
        this.run = run;
        this.plan = run.plan();
        this.shard = shard;
        this.threads = threads;
        this.progress = progress;
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
