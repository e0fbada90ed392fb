package org.plsim.experiment.sweep;

import java.util.List;
import org.plsim.analysis.PairedEffect;

/**
 * What one run of a sweep produced: the paired effects the sweep keeps, in the model's emission order, the
 * value the adaptive rule watches, and how long each arm's model took.
 *
 * @param runSeed        the replicate's run seed (the same at every design point)
 * @param effects        kept effects ({@link Outputs#keeps}), treatment arm's emission order
 * @param watched        the effect the adaptive rule watches (exact, not rounded), or NaN without a rule
 * @param treatmentNanos wall nanoseconds of the treatment arm's model
 * @param bauNanos       wall nanoseconds of the business-as-usual arm's model
 * @param armsNanos      wall nanoseconds of both arms whole: the models, and the treatment arm's component
 *                       set-up and cost plan (what a run costs before the sweep's own work: evidence draw,
 *                       pairing, filtering, formatting, writing)
 */
public record RunResult(SweepKey key, long runSeed, List<PairedEffect> effects, double watched, long treatmentNanos,
                        long bauNanos, long armsNanos) {
    public RunResult {
        effects = List.copyOf(effects);
    }
}
