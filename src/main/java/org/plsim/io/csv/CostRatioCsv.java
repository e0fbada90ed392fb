package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plsim.analysis.sweep.CostRatioInterval;

/**
 * {@code cost-per-tenth-sd.csv}: each plan's cost per 0.1 SD as a ratio of means (dollars per student per year for
 * each 0.1 SD) with its percentile bootstrap interval, and the seed and number of resamples that made it. A blank
 * {@code ci_high}: more than 2.5% of resamples did not gain, so no finite upper bound.
 */
public final class CostRatioCsv {
    public static final String FILE = "cost-per-tenth-sd.csv";
    public static final List<String> COLUMNS = List.of("sweep_id", "outcome", "point", "label", "n_draws",
            "mean_cost", "mean_effect", "cost_per_tenth_sd", "ci_low", "ci_high", "bootstrap_seed",
            "bootstrap_resamples");

    private CostRatioCsv() {
    }

    public static void write(Path file, String sweepId, String outcome, List<String> labels,
                             List<CostRatioInterval> byPoint) throws IOException {
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            for (int p = 0; p < byPoint.size(); p++) {
                CostRatioInterval r = byPoint.get(p);
                csv.cell(sweepId).text(outcome).integer(p).text(labels.get(p)).integer(r.draws())
                        .decimal(r.meanCost()).decimal(r.meanEffect()).decimal(r.ratio()).decimal(finite(r.ciLow()))
                        .decimal(finite(r.ciHigh())).integer(r.seed()).integer(r.resamples()).endRow();
            }
        }
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }
}
