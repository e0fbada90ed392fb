package org.plsim.experiment.sweep;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a sweep writes after its runs are merged into {@code runs.csv} and {@code design.csv}: the
 * summaries, charts and report. The analysis plugs in here, e.g.
 * <pre>{@code
 * SweepOutputs analysis = (folder, plan, record) -> SweepAnalysis.writeAll(folder, plan,
 *         ReportProvenance.of(plan, RunEnvironment.detect(Path.of("")), record.startedAt()));
 * }</pre>
 * {@link #NONE} writes nothing more. The runner calls it in a staging folder (holding the merged files) and
 * renames each file written into the result folder afterwards, then adds {@code manifest.json} listing them.
 */
@FunctionalInterface
public interface SweepOutputs {
    SweepOutputs NONE = (folder, plan, record) -> { };

    /**
     * @param folder where to write: a staging folder holding the merged {@code runs.csv}, {@code design.csv},
     *               {@code sweep.json} and {@code replicates.json}
     * @param plan   the sweep (its fingerprint matches the folder's)
     * @param record how the runs were made: replicates per point, timings, command line
     */
    void write(Path folder, SweepPlan plan, SweepRecord record) throws IOException;
}
