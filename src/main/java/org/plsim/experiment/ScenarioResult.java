package org.plsim.experiment;

import java.util.List;
import org.plsim.scenario.ScenarioSpec;

/**
 * Every replicate of a scenario, in replicate order, with the wall time the whole run took and what was
 * known of the plan before it ran (its costs and where it steps outside the evidence).
 */
public record ScenarioResult(ScenarioSpec spec, List<ReplicateResult> replicates, long wallNanos, int threads,
                             PlanReview review) {
    public ScenarioResult {
        replicates = List.copyOf(replicates);
    }
}
