package org.plsim.experiment.sweep;

import java.util.List;

/**
 * What one {@link SweepSchedule#run} did: the runs it made and skipped, the model time they took, and for
 * adaptive replicates where the rounds stopped. A shard's {@code replicates.json} and a sweep's record are
 * made from it.
 *
 * @param runsDone       runs made by this call
 * @param runsSkipped    runs of the final key set that were done before it
 * @param treatmentNanos model time of the treatment arms it ran
 * @param bauNanos       model time of the business-as-usual arms it ran
 * @param armsNanos      time of whole arms (models, component set-up, cost plans) it ran
 * @param rounds         adaptive replicates: how the rounds ended; null for a fixed count
 */
public record ScheduleReport(long runsDone, long runsSkipped, long treatmentNanos, long bauNanos, long armsNanos,
                             Rounds rounds) {
    /**
     * How adaptive rounds ended.
     *
     * @param stopped           {@link AdaptiveRounds#TARGET} or {@link AdaptiveRounds#MAX}
     * @param rounds            rounds run
     * @param replicatesByPoint replicates each design point got
     * @param halfWidths        each point's 95% CI half-width of the watched effect at the stop
     */
    public record Rounds(String stopped, int rounds, List<Integer> replicatesByPoint, List<Double> halfWidths) {
        public Rounds {
            replicatesByPoint = List.copyOf(replicatesByPoint);
            halfWidths = List.copyOf(halfWidths);
        }
    }
}
