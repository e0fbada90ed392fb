package org.plsim.experiment.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which a sweep's runs are made, written once for every place that makes them: a shard's part
 * file, the whole sweep on one machine, a notebook's sweep in memory. A fixed count runs the shard's keys in
 * run-index order; adaptive replicates run round by round ({@link AdaptiveRounds}), each round's keys not
 * yet done, until the rule stops. Runs done before (a resume, another shard's part file) are skipped but
 * their watched values count toward the rounds, so a resumed sweep replays the same rounds and stops at the
 * same counts. Where the runs go is the sink's business; what was done comes back as a {@link ScheduleReport}.
 *
 * <pre>{@code
 * Map<SweepKey, RunResult> runs = new HashMap<>();
 * ScheduleReport report = new SweepSchedule(run, 2, Shard.WHOLE, SweepProgress.NONE)
 *         .run(Map.of(), SweepSchedule.RunSink.into(runs));
 * }</pre>
 */
public final class SweepSchedule {
    private final SweepRun run;
    private final int threads;
    private final Shard shard;
    private final SweepProgress progress;

    /**
     * Where a schedule's runs go: each is prepared on the worker that ran it (work that may run in parallel,
     * e.g. formatting its rows), then accepted one at a time, in completion order, on the schedule's thread.
     */
    public interface RunSink<T> {
        T prepare(RunResult run);

        void accept(T prepared) throws IOException;

        /** A sink that keeps every run in {@code runs}, by key: for sweeps small enough to hold. */
        static RunSink<RunResult> into(Map<SweepKey, RunResult> runs) {
            return new RunSink<>() {
                @Override
                public RunResult prepare(RunResult run) {
                    return run;
                }

                @Override
                public void accept(RunResult run) {
                    runs.put(run.key(), run);
                }
            };
        }
    }

    /**
     * @param shard    the runs to make ({@link Shard#WHOLE} for all); adaptive sweeps run whole only
     * @param progress told of runs done and planned, on the schedule's thread
     */
    public SweepSchedule(SweepRun run, int threads, Shard shard, SweepProgress progress) {
        if (run.plan().replicates().isAdaptive() && !shard.isWhole()) {
            throw new IllegalArgumentException("adaptive replicates run whole, not as shard " + shard.label());
        }
        this.run = run;
        this.threads = threads;
        this.shard = shard;
        this.progress = progress;
    }

    /**
     * Makes every run of the shard (or every round) not in {@code done}, giving each to {@code sink}; the first
     * failure of a run or of the sink stops the schedule and is rethrown, runs already accepted staying accepted.
     *
     * @param done the runs made before, with their watched values (NaN without an adaptive rule)
     */
    public <T> ScheduleReport run(Map<SweepKey, Double> done, RunSink<T> sink) throws IOException {
        return new Session<>(done, sink).run();
    }

    /** One call of {@link #run}: the runs done so far, the key set of the current round, and the tallies. */
    private final class Session<T> {
        private final Map<SweepKey, Double> done;
        private final Set<SweepKey> doneBefore;
        private final RunSink<T> sink;
        private List<SweepKey> keys = List.of();
        private long ran;
        private long treatmentNanos;
        private long bauNanos;
        private long armsNanos;

        Session(Map<SweepKey, Double> done, RunSink<T> sink) {
            this.done = new HashMap<>(done);
            this.doneBefore = new HashSet<>(done.keySet());
            this.sink = sink;
        }

        ScheduleReport run() throws IOException {
            SweepPlan plan = SweepSchedule.this.run.plan();
            ScheduleReport.Rounds rounds = plan.replicates().isAdaptive() ? adaptive(plan) : fixed(plan);
            long skipped = keys.stream().filter(doneBefore::contains).count();
            return new ScheduleReport(ran, skipped, treatmentNanos, bauNanos, armsNanos, rounds);
        }

        private ScheduleReport.Rounds fixed(SweepPlan plan) throws IOException {
            int points = plan.points().size();
            long total = (long) points * plan.replicates().fixed();
            keys = new ArrayList<>();
            for (long i = shard.index(); i < total; i += shard.count()) {
                keys.add(SweepKey.ofIndex(i, points));
            }
            progress.start(keys.size() - pending().size(), keys.size());
            runPending();
            return null;
        }

        private ScheduleReport.Rounds adaptive(SweepPlan plan) throws IOException {
            AdaptiveRounds rounds = new AdaptiveRounds(plan.replicates(), plan.points().size());
            keys = rounds.keys();
            progress.start(keys.size() - pending().size(), keys.size());
            while (true) {
                runPending();
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
            return new ScheduleReport.Rounds(rounds.stopped(), rounds.rounds(), rounds.replicatesByPoint(),
                    rounds.halfWidths());
        }

        private List<SweepKey> pending() {
            return keys.stream().filter(k -> !done.containsKey(k)).toList();
        }

        private void runPending() throws IOException {
            List<SweepKey> pending = pending();
            long[] finished = {keys.size() - pending.size()};
            new LocalSweepRunner(SweepSchedule.this.run, threads).run(pending, r -> new Made<>(r, sink.prepare(r)),
                    made -> {
                        sink.accept(made.prepared());
                        RunResult r = made.run();
                        done.put(r.key(), r.watched());
                        ran++;
                        treatmentNanos += r.treatmentNanos();
                        bauNanos += r.bauNanos();
                        armsNanos += r.armsNanos();
                        progress.advance(++finished[0], keys.size());
                    });
        }
    }

    /** A run and what the sink made of it on the worker. */
    private record Made<T>(RunResult run, T prepared) {
    }
}
