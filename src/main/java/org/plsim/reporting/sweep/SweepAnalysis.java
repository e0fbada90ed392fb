package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plsim.analysis.sweep.Design;
import org.plsim.analysis.sweep.RunsTable;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.ComponentEffectsCsv;
import org.plsim.io.EquityCsv;
import org.plsim.io.FactorEffectsCsv;
import org.plsim.io.MorrisCsv;
import org.plsim.io.SweepSummaryCsv;

/**
 * Analyses a merged sweep folder: reads {@code runs.csv} and {@code design.csv}, writes the analysis CSVs,
 * the charts that apply and {@code report.html} beside them. The same inputs and provenance give
 * byte-identical files: fixed row and chart order, six-decimal numbers, no clock read here.
 *
 * <pre>{@code
 * List<String> written = SweepAnalysis.writeAll(staging, plan,
 *         ReportProvenance.of(plan, RunEnvironment.detect(Path.of("")), startedAt));
 * }</pre>
 */
public final class SweepAnalysis {
    public static final String RUNS = "runs.csv";
    public static final String DESIGN = "design.csv";

    private SweepAnalysis() {
    }

    /**
     * Writes every output into {@code folder} (the runner's staging folder: it makes the result appear
     * atomically) and returns the names written, in order.
     *
     * @throws IllegalArgumentException when runs.csv or design.csv is not this plan's (naming file and line)
     */
    public static List<String> writeAll(Path folder, SweepPlan plan, ReportProvenance provenance) throws IOException {
        SweepDesign.check(folder.resolve(DESIGN), plan);
        Design design = SweepDesign.of(plan);
        SweepResults results = SweepResults.of(design, RunsTable.read(folder.resolve(RUNS), plan.sweepId(),
                design.points()));
        return write(folder, results, provenance);
    }

    /** Writes the outputs of results already computed. */
    public static List<String> write(Path folder, SweepResults results, ReportProvenance provenance)
            throws IOException {
        Design d = results.design();
        List<String> files = new ArrayList<>();
        SweepSummaryCsv.write(folder.resolve(SweepSummaryCsv.FILE), d.sweepId(), d.labels(), results.summaries());
        files.add(SweepSummaryCsv.FILE);
        if (d.type().equals(Design.COMPONENT_MIX)) {
            ComponentEffectsCsv.write(folder.resolve(ComponentEffectsCsv.FILE), d.sweepId(), results.components());
            files.add(ComponentEffectsCsv.FILE);
        } else if (d.type().equals(Design.MORRIS)) {
            MorrisCsv.write(folder.resolve(MorrisCsv.FILE), d.sweepId(), results.morris());
            files.add(MorrisCsv.FILE);
        } else {
            FactorEffectsCsv.write(folder.resolve(FactorEffectsCsv.FILE), d.sweepId(), results.factorEffects());
            files.add(FactorEffectsCsv.FILE);
        }
        EquityCsv.write(folder.resolve(EquityCsv.FILE), d.sweepId(), d.labels(), results.equity());
        files.add(EquityCsv.FILE);
        List<SweepCharts.ChartFile> charts = SweepCharts.write(folder, results);
        for (SweepCharts.ChartFile c : charts) {
            files.add(c.png());
            files.add(c.svg());
        }
        ReportPage.write(folder, results, provenance, GuardRailNotes.of(results), charts);
        files.add(ReportPage.FILE);
        return files;
    }
}
