package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plsim.analysis.sweep.CohortEntry;
import org.plsim.analysis.sweep.CohortTable;
import org.plsim.analysis.sweep.Design;
import org.plsim.analysis.sweep.RunsTable;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.analysis.sweep.SweepRuns;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.csv.CohortCsv;
import org.plsim.io.csv.ComponentEffectsCsv;
import org.plsim.io.csv.EquityCsv;
import org.plsim.io.csv.FactorEffectsCsv;
import org.plsim.io.csv.MorrisCsv;
import org.plsim.io.csv.SobolCsv;
import org.plsim.io.csv.SweepSummaryCsv;

/**
 * Analyses a merged sweep folder: reads {@code runs.csv} and {@code design.csv}, writes the analysis CSVs,
 * the charts that apply and {@code report.html} beside them (a scenarios design — a cohort of grantees — also
 * {@code cohort.csv} and its charts, from each point's scenario). The same inputs and provenance give
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
        return analyse(folder, plan, provenance).files();
    }

    /**
     * As {@link #writeAll}, and returns the results the files were written from as well, so a caller can show
     * the sweep's answer without reading the files back.
     */
    public static Written analyse(Path folder, SweepPlan plan, ReportProvenance provenance) throws IOException {
        SweepDesign.check(folder.resolve(DESIGN), plan);
        Design design = SweepDesign.of(plan);
        SweepRuns runs = RunsTable.read(folder.resolve(RUNS), plan.sweepId(), design.points());
        SweepResults results = SweepResults.of(design, runs);
        List<CohortEntry> cohort = design.type().equals(Design.SCENARIOS)
                ? CohortTable.of(results, runs, Grantees.of(plan)) : List.of();
        return new Written(write(folder, results, cohort, provenance), results);
    }

    /** What {@link #analyse} wrote: the file names in order, and the results they hold. */
    public record Written(List<String> files, SweepResults results) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /** Writes the outputs of results already computed (a design other than scenarios). */
    public static List<String> write(Path folder, SweepResults results, ReportProvenance provenance)
            throws IOException {
        return write(folder, results, List.of(), provenance);
    }

    /**
     * Writes the outputs of results already computed; a scenarios design's cohort table ({@code cohort.csv},
     * its charts and report section) with them when {@code cohort} has entries.
     */
    public static List<String> write(Path folder, SweepResults results, List<CohortEntry> cohort,
                                     ReportProvenance provenance) throws IOException {
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
        } else if (d.type().equals(Design.SOBOL)) {
            SobolCsv.write(folder.resolve(SobolCsv.FILE), d.sweepId(), results.sobol());
            files.add(SobolCsv.FILE);
        } else if (!d.type().equals(Design.SCENARIOS)) {
            FactorEffectsCsv.write(folder.resolve(FactorEffectsCsv.FILE), d.sweepId(), results.factorEffects());
            files.add(FactorEffectsCsv.FILE);
        }
        List<SweepCharts.ChartFile> cohortCharts = List.of();
        if (!cohort.isEmpty()) {
            CohortCsv.write(folder.resolve(CohortCsv.FILE), d.sweepId(), cohort);
            files.add(CohortCsv.FILE);
            cohortCharts = CohortCharts.write(folder, d.sweepId(), cohort);
            for (SweepCharts.ChartFile c : cohortCharts) {
                files.add(c.png());
                files.add(c.svg());
            }
        }
        EquityCsv.write(folder.resolve(EquityCsv.FILE), d.sweepId(), d.labels(), results.equity());
        files.add(EquityCsv.FILE);
        List<SweepCharts.ChartFile> charts = SweepCharts.write(folder, results);
        for (SweepCharts.ChartFile c : charts) {
            files.add(c.png());
            files.add(c.svg());
        }
        ReportPage.write(folder, results, new ReportPage.Cohort(cohort, cohortCharts), provenance,
                GuardRailNotes.of(results), charts);
        files.add(ReportPage.FILE);
        return files;
    }
}
