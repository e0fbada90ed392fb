package org.plsim.experiment.sweep;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a sweep writes after its runs are merged into {@code runs.csv} and {@code design.csv}: the
 * summaries, charts, manifest and report. The analysis plugs in here (e.g. {@code SweepAnalysis::write});
 * {@link #NONE} writes nothing more.
 */
@FunctionalInterface
public interface SweepOutputs {
    SweepOutputs NONE = (folder, plan, record) -> { };

    /**
     * @param folder the sweep's result folder, holding the merged {@code runs.csv}, {@code design.csv},
     *               {@code sweep.json} and {@code replicates.json}
     * @param plan   the sweep (its fingerprint matches the folder's)
     * @param record how the runs were made: replicates per point, timings, command line
     */
    void write(Path folder, SweepPlan plan, SweepRecord record) throws IOException;
}
