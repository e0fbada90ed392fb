package org.plsim.bench;

import java.util.ArrayList;
import java.util.List;
import org.plsim.analysis.EffectSummaries;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.GuardRail;
import org.plsim.analysis.GuardRails;
import org.plsim.analysis.PairedEffect;
import org.plsim.analysis.PairedEffects;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.Arm;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ReplicateResult;
import org.plsim.experiment.ScenarioResult;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.scenario.ScenarioSpec;

/**
 * What the preview workload times: every replicate of a scenario, both arms, and the paired effects and their
 * summaries a preview shows, in memory (no files). The bench times one call per scenario per pass; a warm runner
 * that keeps its threads (or anything else) between calls plugs in here — {@code plsim bench} picks the runner in
 * one line ({@code BenchCommand.previewRunner}).
 */
@FunctionalInterface
public interface PreviewRunner {
    /** Threads of a preview: the web explorer's. */
    int THREADS = 2;

    /** Runs {@code spec} and returns its results (held only so that no work can be skipped). */
    Object run(ScenarioSpec spec);

    /** What {@code plsim run} does before it writes files: a {@link ScenarioRunner} on {@code threads}, then pairing. */
    static PreviewRunner scenarioRunner(ComponentRegistry registry, int threads) {
        ScenarioRunner runner = new ScenarioRunner(registry, threads);
        return spec -> Analysed.of(runner.run(spec, ProgressListener.NONE));
    }

    /** A run's result with its paired effects, their summaries and guard-rails, as {@code RunReport.of} makes them. */
    record Analysed(ScenarioResult result, List<PairedEffect> effects, List<EffectSummary> summaries,
                    List<GuardRail> guardRails) {
        static Analysed of(ScenarioResult result) {
            List<PairedEffect> effects = new ArrayList<>();
            for (ReplicateResult r : result.replicates()) {
                effects.addAll(PairedEffects.pair(r.key().replicate(), r.key().runSeed(), r.arm(Arm.TREATMENT),
                        r.arm(Arm.BAU)));
            }
            List<EffectSummary> summaries = EffectSummaries.of(effects);
            return new Analysed(result, effects, summaries, GuardRails.check(summaries,
                    result.review().outOfRange(), result.review().beyondEvidence()));
        }
    }
}
