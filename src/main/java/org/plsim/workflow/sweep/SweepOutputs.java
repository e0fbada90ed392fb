package org.plsim.workflow.sweep;

import java.io.IOException;
import java.nio.file.Path;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.SweepRecord;
import org.plsim.io.manifest.RunEnvironment;
import org.plsim.reporting.sweep.ReportProvenance;
import org.plsim.reporting.sweep.SweepAnalysis;

/**
 * What a sweep writes after its runs are merged into {@code runs.csv} and {@code design.csv}: the summaries,
 * charts and report ({@link #REPORT}), or nothing more ({@link #NONE}). {@link MergeAndAnalysis} calls it in
 * a staging folder (holding the merged files) and renames each file written into the result folder
 * afterwards, then adds {@code manifest.json} listing them. It returns the results it wrote, so the sweep's
 * answer can be shown without reading the files back.
 */
@FunctionalInterface
public interface SweepOutputs {
    SweepOutputs NONE = (folder, plan, record) -> null;

    /** The analysis CSVs, charts and {@code report.html} ({@link SweepAnalysis}). */
    SweepOutputs REPORT = (folder, plan, record) -> SweepAnalysis.analyse(folder, plan,
            ReportProvenance.of(plan, RunEnvironment.detect(Path.of("")), record.startedAt())).results();

    /**
     * @param folder where to write: a staging folder holding the merged {@code runs.csv}, {@code design.csv},
     *               {@code sweep.json} and {@code replicates.json}
     * @param plan   the sweep (its fingerprint matches the folder's)
     * @param record how the runs were made: replicates per point, timings, command line
     * @return the results written, or null when these outputs hold no analysis
     */
    SweepResults write(Path folder, SweepPlan plan, SweepRecord record) throws IOException;
}
