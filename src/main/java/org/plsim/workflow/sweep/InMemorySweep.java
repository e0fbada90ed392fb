package org.plsim.workflow.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plsim.analysis.PairedEffect;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.analysis.sweep.SweepRuns;
import org.plsim.experiment.sweep.RunResult;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepKey;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.SweepProgress;
import org.plsim.experiment.sweep.SweepRun;
import org.plsim.experiment.sweep.SweepSchedule;
import org.plsim.experiment.sweep.SweepSchedule.RunSink;
import org.plsim.reporting.sweep.CohortView;
import org.plsim.reporting.sweep.SweepDesign;

/**
 * A sweep run and analysed in memory, with no folder: for notebooks and quick what-ifs. The runs are those
 * {@code plsim sweep} makes — the same keys, seeds and evidence draws, adaptive rounds included — and the
 * analysis is the one behind its tables ({@link SweepResults}); only the six-decimal rounding of
 * {@code runs.csv} is skipped, so numbers agree with a sweep folder's to about 1e-6. Every run's kept effects
 * are held until the end: for small sweeps (thousands of runs), not for a cluster's; nothing is resumable.
 *
 * <pre>{@code
 * SweepPlan plan = SweepReader.load(Path.of("scenarios/sweeps/component-mix-quick.yaml"));
 * SweepResults results = InMemorySweep.run(plan, 2);
 * System.out.println(SweepTables.componentEffects(results).printAll());
 * CohortView cohort = InMemorySweep.cohort(SweepReader.load(Path.of("scenarios/sweeps/rttd-2012-cohort.yaml")), 2);
 * }</pre>
 */
public final class InMemorySweep {
    private InMemorySweep() {
    }

    /** Runs every point and replicate of {@code plan} on {@code threads} threads, with the installed components. */
    public static SweepResults run(SweepPlan plan, int threads) {
        return run(SweepRun.of(plan), threads);
    }

    /**
     * Runs every key of {@code run}'s plan (a fixed count, or adaptive rounds until the plan's rule stops them)
     * and analyses the runs. Thread count changes nothing but speed.
     *
     * @throws org.plsim.scenario.InvalidSpecException (when {@code run} was made) a point that does not build
     *                                                  or fit its budget
     */
    public static SweepResults run(SweepRun run, int threads) {
        return SweepResults.of(SweepDesign.of(run.plan()), runs(run, threads));
    }

    /**
     * Runs every grantee and replicate of a cohort sweep (design {@code scenarios}) and gives the grantees side by
     * side ({@link CohortView}: what {@code cohort.csv} and the report's cohort charts hold).
     *
     * @throws IllegalArgumentException a plan of another design type
     */
    public static CohortView cohort(SweepPlan plan, int threads) {
        CohortView.requireCohort(plan);
        SweepRuns runs = runs(SweepRun.of(plan), threads);
        return CohortView.of(plan, SweepResults.of(SweepDesign.of(plan), runs), runs);
    }

    /** The runs of every key of {@code run}'s plan, summarized per point (what {@link #run} analyses). */
    static SweepRuns runs(SweepRun run, int threads) {
        Map<SweepKey, RunResult> done = new HashMap<>();
        try {
            new SweepSchedule(run, threads, Shard.WHOLE, SweepProgress.NONE).run(Map.of(), RunSink.into(done));
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory sink writes nothing", e);
        }
        Map<Integer, List<PairedEffect>> byPoint = new HashMap<>();
        done.forEach((key, result) -> byPoint.computeIfAbsent(key.point(), p -> new ArrayList<>())
                .addAll(result.effects()));
        return SweepRuns.of(run.plan().points().size(), byPoint);
    }
}
