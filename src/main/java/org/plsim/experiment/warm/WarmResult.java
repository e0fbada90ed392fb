package org.plsim.experiment.warm;

import java.util.List;
import org.plsim.analysis.EffectSummaries;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.GuardRail;
import org.plsim.analysis.GuardRails;
import org.plsim.analysis.PairedEffect;
import org.plsim.analysis.PairedEffects;
import org.plsim.experiment.Arm;
import org.plsim.experiment.ReplicateResult;
import org.plsim.experiment.ScenarioResult;

/**
 * A finished run and its analysis, as {@code plsim run} computes them: every replicate's outcomes, the paired
 * effects, their summaries over replicates and the guard-rail flags (the fields of
 * {@code org.plsim.reporting.RunReport}, which writes them: {@code new RunReport(r.result(), r.effects(),
 * r.summaries(), r.guardRails())}). Immutable; one object may be handed to many callers.
 */
public record WarmResult(ScenarioResult result, List<PairedEffect> effects, List<EffectSummary> summaries,
                         List<GuardRail> guardRails) {
    public WarmResult {
        effects = List.copyOf(effects);
        summaries = List.copyOf(summaries);
        guardRails = List.copyOf(guardRails);
    }

    /** Pairs every replicate's arms and summarizes the effects over replicates, as {@code RunReport.of} does. */
    public static WarmResult of(ScenarioResult result) {
        List<PairedEffect> effects = new java.util.ArrayList<>();
        for (ReplicateResult r : result.replicates()) {
            effects.addAll(PairedEffects.pair(r.key().replicate(), r.key().runSeed(), r.arm(Arm.TREATMENT),
                    r.arm(Arm.BAU)));
        }
        List<EffectSummary> summaries = EffectSummaries.of(effects);
        return new WarmResult(result, effects, summaries, GuardRails.check(summaries, result.review().outOfRange(),
                result.review().beyondEvidence()));
    }
}
