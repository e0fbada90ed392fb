package org.plsim.study;

import org.plsim.analysis.MeanEstimate;
import org.plsim.scenario.ScenarioSpec;

/**
 * The model's result for one study beside the published one.
 *
 * @param spec       the scenario as run (the study's district and years; {@code replicates} as run)
 * @param study      the study, with only the result this row is about ({@link Study#withFindingOnly})
 * @param model      the mean over replicates with its 95% CI (simulation precision)
 * @param rangeLow   2.5th percentile of the replicates' results: with evidence drawn per replicate, the
 *                   spread a study of this size could see given what the research is unsure of
 * @param rangeHigh  97.5th percentile of the replicates' results
 * @param values     each replicate's result, in replicate order
 * @param servedValues each replicate's result for the students served (reached by at least one component: the
 *                   effect on the treated), where any were; empty when none were or the study compares no arms
 */
public record Reproduction(ScenarioSpec spec, Study study, MeanEstimate model, double rangeLow, double rangeHigh,
                           double[] values, double[] servedValues) {
    public Reproduction {
        values = values.clone();
        servedValues = servedValues.clone();
    }

    /** A reproduction with no served-student figure. */
    public Reproduction(ScenarioSpec spec, Study study, MeanEstimate model, double rangeLow, double rangeHigh,
                        double[] values) {
        this(spec, study, model, rangeLow, rangeHigh, values, new double[0]);
    }

    @Override
    public double[] servedValues() {
        return servedValues.clone();
    }

    /**
     * The study's outcome for the students served, over replicates, shown beside the study's own group (the
     * whole sample, unless the study file names a subgroup): what to set against a published
     * treatment-on-the-treated estimate. Empty when the plan served no one in the study's grades.
     */
    public java.util.Optional<MeanEstimate> served() {
        return servedValues.length == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(MeanEstimate.of(servedValues));
    }

    /** The row's id: the scenario's, with {@code /name} for one of a study's several results. */
    public String id() {
        return study.rowId(spec.id());
    }

    public int replicates() {
        return values.length;
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public Verdict verdict() {
        Published p = study.published();
        if (p.contains(model.mean())) {
            return Verdict.WITHIN;
        }
        return rangeHigh >= p.low() && rangeLow <= p.high() ? Verdict.OVERLAPS : Verdict.OUTSIDE;
    }

    /** The model mean's distance outside the published interval (negative below, positive above), 0 inside. */
    public double gap() {
        return study.published().gap(model.mean());
    }

    /** Model mean minus the published estimate. */
    public double difference() {
        return model.mean() - study.published().estimate();
    }
}
