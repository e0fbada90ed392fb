package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plsim.analysis.sweep.Acceptability;
import org.plsim.analysis.sweep.AcceptabilityRow;
import org.plsim.analysis.sweep.CostRatioInterval;
import org.plsim.analysis.sweep.Design;
import org.plsim.analysis.sweep.ScenarioRule;
import org.plsim.analysis.sweep.SweepRuns;
import org.plsim.io.csv.CeacCsv;
import org.plsim.io.csv.CostRatioCsv;
import org.plsim.io.files.AtomicFile;
import org.plsim.io.sweepfolder.SweepIdentity;

/**
 * Cost-effectiveness acceptability on a finished sweep folder: reads {@code sweep.json} and {@code runs.csv},
 * writes {@code ceac.csv}, {@code cost-per-tenth-sd.csv} (ratio of means with a bootstrap interval from a fixed,
 * recorded seed) and {@code ceac.png}/{@code .svg} beside them, then its section of {@code report.html}
 * ({@link ReportRefresh}), each atomically: the same runs give the same bytes.
 */
public final class AcceptabilityFiles {
    /** Thresholds from 0 to the maximum: 50 steps. */
    public static final int STEPS = 50;

    private AcceptabilityFiles() {
    }

    /** The rows written (threshold by threshold) and the file names, in order. */
    public record Written(Acceptability.Draws draws, List<String> labels, List<AcceptabilityRow> rows,
                          List<String> files) {
        public Written {
            labels = List.copyOf(labels);
            rows = List.copyOf(rows);
            files = List.copyOf(files);
        }
    }

    /**
     * @param wtpMax largest willingness to pay on the grid, dollars per student per year per 0.1 SD; NaN to
     *               choose it from the draws ({@link Acceptability#thresholds})
     * @throws IllegalArgumentException naming what is missing when the folder is not a finished sweep or lacks
     *                                  the outcome or costs
     */
    public static Written write(Path folder, ScenarioRule.Outcome outcome, double wtpMax) throws IOException {
        FinishedSweep finished = FinishedSweep.read(folder);
        SweepIdentity sweep = finished.identity();
        Design design = finished.design();
        SweepRuns runs = finished.runs();
        Acceptability.Draws d = Acceptability.draws(runs, outcome.year(), outcome.subject(), outcome.group());
        double[] thresholds = Double.isNaN(wtpMax) ? Acceptability.thresholds(d.cost(), d.effect(), STEPS)
                : java.util.stream.IntStream.rangeClosed(0, STEPS).mapToDouble(i -> wtpMax * i / STEPS).toArray();
        List<AcceptabilityRow> rows = Acceptability.of(d.cost(), d.effect(), thresholds);
        AtomicFile.write(folder.resolve(CeacCsv.FILE),
                t -> CeacCsv.write(t, sweep.sweepId(), outcome.describe(), design.labels(), rows));
        List<CostRatioInterval> ratios = java.util.stream.IntStream.range(0, design.points())
                .mapToObj(p -> CostRatioInterval.of(d.cost()[p], d.effect()[p], CostRatioInterval.SEED,
                        CostRatioInterval.RESAMPLES)).toList();
        AtomicFile.write(folder.resolve(CostRatioCsv.FILE),
                t -> CostRatioCsv.write(t, sweep.sweepId(), outcome.describe(), design.labels(), ratios));
        String png = CeacChart.NAME + ".png";
        String svg = CeacChart.NAME + ".svg";
        Path pngTemp = folder.resolve("." + png + ".tmp");
        Path svgTemp = folder.resolve("." + svg + ".tmp");
        try {
            ChartStyle.write(CeacChart.of(sweep.sweepId(), outcome.describe(), design.labels(), rows), pngTemp,
                    svgTemp);
            AtomicFile.rename(pngTemp, folder.resolve(png));
            AtomicFile.rename(svgTemp, folder.resolve(svg));
        } finally {
            Files.deleteIfExists(pngTemp);
            Files.deleteIfExists(svgTemp);
        }
        return new Written(d, design.labels(), rows,
                ReportRefresh.with(List.of(CeacCsv.FILE, CostRatioCsv.FILE, png, svg), folder));
    }
}
