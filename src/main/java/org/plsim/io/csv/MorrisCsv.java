package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.analysis.sweep.MorrisIndex;

/** {@code morris.csv}: μ*, μ (with interval) and σ of every factor on every outcome key. */
public final class MorrisCsv {
    public static final String FILE = "morris.csv";
    public static final List<String> COLUMNS = EffectColumns.join("sweep_id", "factor", "factor_min", "factor_max",
            EffectColumns.KEY, "n_steps", "n_replicates", "mu_star", "mu", "mu_ci_low", "mu_ci_high", "sigma", "rank");

    private MorrisCsv() {
    }

    public static void write(Path file, String sweepId, List<MorrisIndex> rows) throws IOException {
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (MorrisIndex m : rows) {
                csv.printRecord(EffectColumns.join(sweepId, m.factor(), Decimals.fixed(m.factorMin()),
                        Decimals.fixed(m.factorMax()), EffectColumns.key(m.key()), m.steps(), m.mu().n(),
                        Decimals.fixed(m.muStar()),
                        Decimals.fixed(m.mu().mean()), Decimals.fixed(m.mu().ciLow()), Decimals.fixed(m.mu().ciHigh()),
                        Decimals.fixed(m.sigma()), m.rank()));
            }
        }
    }
}
