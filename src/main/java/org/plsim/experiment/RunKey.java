package org.plsim.experiment;

import org.plsim.model.random.RandomStreams;

/**
 * The identity of one paired run: scenario, replicate, and the seed derived from the root seed and the
 * replicate alone. Both arms of a replicate share it.
 */
public record RunKey(String scenarioId, int replicate, long runSeed) {
    public static RunKey of(String scenarioId, long rootSeed, int replicate) {
        return new RunKey(scenarioId, replicate, RandomStreams.runSeed(rootSeed, replicate));
    }
}
