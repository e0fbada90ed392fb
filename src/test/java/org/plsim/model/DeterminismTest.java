package org.plsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.Arm;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioResult;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.model.observe.Outcome;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;

/** Same scenario and seed ⇒ the same outcomes, whatever the number of threads. */
class DeterminismTest {
    private static final ScenarioSpec SPEC = Districts.scenario(Districts.k12(5, 30), 2, 3, List.of());

    @Test
    void sameSeed_sameOutcomes_differentSeed_differentOutcomes() {
        assertEquals(run(SPEC, 1), run(SPEC, 1));
        assertNotEquals(run(SPEC, 1), run(SPEC.withSeed(43), 1));
    }

    @Test
    void schoolsSteppedInParallel_giveTheSameOutcomesAsOneThread() {
        List<Outcome> one = run(SPEC, 1);
        assertEquals(one, run(SPEC, 2));
        assertEquals(one, run(SPEC, 3)); // 7 schools over 3 groups: uneven groups must all be stepped
    }

    @Test
    void replicatesRunInParallel_giveTheSameResultsAsInSequence() {
        ComponentRegistry registry = ComponentRegistry.discover();
        ScenarioResult seq = new ScenarioRunner(registry, 1).run(SPEC, ProgressListener.NONE);
        ScenarioResult par = new ScenarioRunner(registry, 4).run(SPEC, ProgressListener.NONE);
        for (int r = 0; r < SPEC.replicates(); r++) {
            for (Arm arm : Arm.values()) {
                assertEquals(seq.replicates().get(r).arm(arm), par.replicates().get(r).arm(arm));
            }
        }
    }

    private static List<Outcome> run(ScenarioSpec spec, int threads) {
        List<Outcome> out = new ArrayList<>();
        new DistrictModel(spec, RandomStreams.runSeed(spec.seed(), 0), List.of(), out::add, threads).run();
        return out;
    }
}
