package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plsim.analysis.sweep.Design;
import org.plsim.analysis.sweep.ScenarioDiscovery;
import org.plsim.analysis.sweep.ScenarioRule;
import org.plsim.analysis.sweep.SweepRuns;
import org.plsim.io.csv.PrimCsv;
import org.plsim.io.files.AtomicFile;
import org.plsim.io.sweepfolder.SweepIdentity;

/**
 * Scenario discovery on a finished sweep folder: reads {@code sweep.json} and {@code runs.csv}, runs PRIM and
 * writes {@code prim-trajectory.csv}, {@code prim-box.csv} and the trade-off chart beside them (and a section of
 * {@code report.html}, {@link ReportRefresh}), each file
 * atomically (a failure leaves the folder's earlier files as they were). Same runs and rule ⇒ same bytes.
 */
public final class ScenarioDiscoveryFiles {
    private ScenarioDiscoveryFiles() {
    }

    /** What was found, and the file names written, in order. */
    public record Written(ScenarioDiscovery.Found found, List<String> files) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * @throws IllegalArgumentException naming the file or what is missing when the folder is not a finished
     *                                  sweep or does not hold what the rule reads
     */
    public static Written write(Path folder, ScenarioRule rule, double alpha, double minSupport) throws IOException {
        FinishedSweep finished = FinishedSweep.read(folder);
        SweepIdentity sweep = finished.identity();
        Design design = finished.design();
        SweepRuns runs = finished.runs();
        ScenarioDiscovery.Found found = ScenarioDiscovery.of(design, runs, rule, alpha, minSupport);
        if (found.successes() == 0) {
            throw new IllegalArgumentException("no run of the " + found.runs() + " passes " + rule.describe()
                    + ", so there is no box to find; allowed: a rule some runs pass (a lower threshold, or a higher "
                    + "--cost-max)");
        }
        AtomicFile.write(folder.resolve(PrimCsv.TRAJECTORY), t -> PrimCsv.writeTrajectory(t, sweep.sweepId(), found));
        AtomicFile.write(folder.resolve(PrimCsv.BOX), t -> PrimCsv.writeBox(t, sweep.sweepId(), found));
        String png = PrimChart.NAME + ".png";
        String svg = PrimChart.NAME + ".svg";
        Path pngTemp = folder.resolve("." + png + ".tmp");
        Path svgTemp = folder.resolve("." + svg + ".tmp");
        try {
            ChartStyle.write(PrimChart.of(sweep.sweepId(), found), pngTemp, svgTemp);
            AtomicFile.rename(pngTemp, folder.resolve(png));
            AtomicFile.rename(svgTemp, folder.resolve(svg));
        } finally {
            Files.deleteIfExists(pngTemp);
            Files.deleteIfExists(svgTemp);
        }
        return new Written(found, ReportRefresh.with(List.of(PrimCsv.TRAJECTORY, PrimCsv.BOX, png, svg), folder));
    }
}
