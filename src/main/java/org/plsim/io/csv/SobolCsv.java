package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plsim.analysis.sweep.SobolAnalysis;
import org.plsim.analysis.sweep.SobolEstimate;
import org.plsim.analysis.sweep.SobolIndex;

/**
 * {@code sobol.csv}: first-order (S1) and total (ST) Sobol indices of every factor on every outcome key and
 * output, with 95% bootstrap intervals (shares of the output's variance, unitless), the base samples N, the
 * paired runs behind them, and the bootstrap's resamples and seed.
 */
public final class SobolCsv {
    public static final String FILE = "sobol.csv";
    public static final List<String> COLUMNS = EffectColumns.join("sweep_id", "factor", EffectColumns.KEY, "output",
            "s1", "s1_ci_low", "s1_ci_high", "st", "st_ci_low", "st_ci_high", "rank", "n_samples", "n_runs",
            "bootstrap_resamples", "bootstrap_seed");

    private SobolCsv() {
    }

    public static void write(Path file, String sweepId, List<SobolIndex> rows) throws IOException {
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            for (SobolIndex s : rows) {
                csv.cell(sweepId).cell(s.factor());
                EffectColumns.key(csv, s.key());
                SobolEstimate.Indices i = s.indices();
                csv.text(s.output()).decimal(i.s1()).decimal(i.s1Low()).decimal(i.s1High()).decimal(i.st())
                        .decimal(i.stLow()).decimal(i.stHigh()).integer(s.rank()).integer(s.samples())
                        .integer(s.runs()).integer(SobolEstimate.RESAMPLES).integer(SobolAnalysis.BOOTSTRAP_SEED)
                        .endRow();
            }
        }
    }
}
