package org.plsim.io.sweepfolder;

import java.nio.file.Path;
import java.util.List;

/**
 * What one {@link SweepJob} did to its shard's folder: the runs it made and skipped, a torn tail it cut off,
 * and the time they took; a job that found its shard complete reports so, with the runs the shard holds.
 *
 * @param runsDone        runs this job made
 * @param runsSkipped     runs of the shard done before it (by an earlier job or another shard)
 * @param tornBytes       bytes of a run interrupted mid-write, cut off the part file before resuming
 * @param alreadyComplete whether the shard was complete before the job started (then nothing ran)
 * @param wallNanos       wall time of the job's runs
 * @param treatmentNanos  model time of the treatment arms it ran
 * @param bauNanos        model time of the business-as-usual arms it ran
 * @param armsNanos       time of whole arms (models, component set-up, cost plans) it ran
 * @param counts          adaptive sweeps: the replicates each point got; null for a fixed count
 * @param repaired        damage found in the shard's part file before the job, one line each; its runs were
 *                        among those rerun
 * @param damagedKeptAs   where the damaged file was kept; null when there was none
 */
public record ShardReport(long runsDone, long runsSkipped, long tornBytes, boolean alreadyComplete, long wallNanos,
                          long treatmentNanos, long bauNanos, long armsNanos, ReplicateCounts counts,
                          List<String> repaired, Path damagedKeptAs) {
    public ShardReport {
        repaired = List.copyOf(repaired);
    }
}
