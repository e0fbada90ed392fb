package org.plsim.experiment;

import java.util.List;
import java.util.Map;
import org.plsim.evidence.ResolvedEvidence;
import org.plsim.model.observe.Outcome;

/**
 * The outcomes of both arms of one replicate, in the order the model emitted them, and the evidence values
 * both arms ran with.
 */
public record ReplicateResult(RunKey key, Map<Arm, List<Outcome>> outcomes, Map<Arm, Long> nanos,
                              ResolvedEvidence evidence) {
    public ReplicateResult {
        outcomes = Map.copyOf(outcomes);
        nanos = Map.copyOf(nanos);
    }

    public List<Outcome> arm(Arm arm) {
        return outcomes.get(arm);
    }
}
