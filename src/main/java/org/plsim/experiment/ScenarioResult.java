package org.plsim.experiment;

import java.util.List;
import org.plsim.scenario.ScenarioSpec;

/** Every replicate of a scenario, in replicate order, with the wall time the whole run took. */
public record ScenarioResult(ScenarioSpec spec, List<ReplicateResult> replicates, long wallNanos, int threads) {
    public ScenarioResult {
        replicates = List.copyOf(replicates);
    }
}
