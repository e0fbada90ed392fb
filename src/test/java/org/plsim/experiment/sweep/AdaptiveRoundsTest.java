package org.plsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.analysis.MeanEstimate;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * Adaptive rounds on made-up watched values: point 0's effect never varies (its interval has no width),
 * point 1's alternates ±0.1, so its 95% half-width shrinks as 0.1·t/√n: 0.90 (n=2), 0.18 (4), 0.12 (6),
 * 0.089 (8), 0.075 (10).
 */
class AdaptiveRoundsTest {
    private static Replicates rule(int fixed, double target, int max, int batch) {
        return new Replicates(fixed, new Replicates.Adaptive(Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL, 1,
                target, max, batch));
    }

    private static double value(SweepKey k) {
        return k.point() == 0 ? 0.25 : (k.replicate() % 2 == 0 ? 0.1 : -0.1);
    }

    /** Runs rounds to the end, returning the counts after each round. */
    private static List<List<Integer>> play(AdaptiveRounds rounds) {
        Map<SweepKey, Double> watched = new HashMap<>();
        List<List<Integer>> history = new ArrayList<>();
        boolean done;
        do {
            history.add(rounds.replicatesByPoint());
            rounds.keys().forEach(k -> watched.put(k, value(k)));
            done = rounds.advance(watched);
        } while (!done);
        return history;
    }

    @Test
    void aPointAddsBatchesUntilItsHalfWidthMeetsTheTarget_aSteadyPointStopsAtOnce() {
        AdaptiveRounds rounds = new AdaptiveRounds(rule(2, 0.1, 20, 2), 2);
        List<List<Integer>> history = play(rounds);
        assertEquals(List.of(List.of(2, 2), List.of(2, 4), List.of(2, 6), List.of(2, 8)), history);
        assertEquals(AdaptiveRounds.TARGET, rounds.stopped());
        assertEquals(4, rounds.rounds());
        assertEquals(0.0, rounds.halfWidths().get(0));
        double[] eight = {0.1, -0.1, 0.1, -0.1, 0.1, -0.1, 0.1, -0.1};
        MeanEstimate e = MeanEstimate.of(eight);
        assertEquals((e.ciHigh() - e.ciLow()) / 2, rounds.halfWidths().get(1), 1e-15);
        assertTrue(rounds.halfWidths().get(1) <= 0.1);
    }

    @Test
    void aTargetOutOfReach_stopsAtMax_andTheLastBatchIsCutToFit() {
        AdaptiveRounds rounds = new AdaptiveRounds(rule(2, 0.05, 10, 3), 2);
        List<List<Integer>> history = play(rounds);
        assertEquals(List.of(List.of(2, 2), List.of(2, 5), List.of(2, 8), List.of(2, 10)), history);
        assertEquals(AdaptiveRounds.MAX, rounds.stopped());
        assertTrue(rounds.halfWidths().get(1) > 0.05);
    }

    @Test
    void theFixedCountIsTheMinimum_butNeverBelowTwo() {
        assertEquals(List.of(5, 5, 5), new AdaptiveRounds(rule(5, 1, 10, 1), 3).replicatesByPoint());
        assertEquals(List.of(2), new AdaptiveRounds(rule(1, 1, 10, 1), 1).replicatesByPoint());
        assertEquals(List.of(3), new AdaptiveRounds(rule(8, 1, 3, 1), 1).replicatesByPoint());
    }

    @Test
    void keys_comeInRunOrder_replicateThenPoint() {
        AdaptiveRounds rounds = new AdaptiveRounds(rule(2, 1, 4, 1), 2);
        assertEquals(List.of(new SweepKey(0, 0), new SweepKey(1, 0), new SweepKey(0, 1), new SweepKey(1, 1)),
                rounds.keys());
        assertNull(rounds.stopped());
        assertFalse(rounds.halfWidths().stream().anyMatch(Double::isFinite), "no judgement yet");
    }

    @Test
    void aMissingWatchedValue_isAnError_notAGuess() {
        AdaptiveRounds rounds = new AdaptiveRounds(rule(2, 1, 4, 1), 1);
        assertThrows(IllegalStateException.class, () -> rounds.advance(Map.of(new SweepKey(0, 0), 0.1)));
    }
}
