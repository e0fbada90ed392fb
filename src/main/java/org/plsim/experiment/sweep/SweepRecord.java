package org.plsim.experiment.sweep;

import java.time.Instant;
import java.util.List;

/**
 * How a sweep's runs were made, for its manifest and analysis.
 *
 * @param sweepFile             the sweep file as the user named it
 * @param commandLine           the arguments of the command that merged the runs
 * @param startedAt             when that command started
 * @param replicatesByPoint     replicates run at each design point (equal unless adaptive)
 * @param stopped               {@code fixed}, or for adaptive replicates {@code target} / {@code max}
 * @param halfWidths            adaptive only: each point's 95% CI half-width of the watched effect at the
 *                              stop; empty for a fixed count
 * @param shards                shard count the runs were made in (1: one machine)
 * @param threads               threads of the command that ran them, 0 when merged from shards
 * @param wallSeconds           wall time of the runs of this command, NaN when merged from shards
 * @param treatmentModelSeconds model time of every treatment arm, summed over runs (any machine)
 * @param bauModelSeconds       model time of every business-as-usual arm, summed over runs
 */
public record SweepRecord(String sweepFile, List<String> commandLine, Instant startedAt,
                          List<Integer> replicatesByPoint, String stopped, List<Double> halfWidths, int shards,
                          int threads, double wallSeconds, double treatmentModelSeconds, double bauModelSeconds) {
    public static final String FIXED = "fixed";

    public SweepRecord {
        commandLine = List.copyOf(commandLine);
        replicatesByPoint = List.copyOf(replicatesByPoint);
        halfWidths = List.copyOf(halfWidths);
    }

    /** Runs in the sweep: the replicates summed over points. */
    public long runs() {
        return replicatesByPoint.stream().mapToLong(Integer::longValue).sum();
    }
}
