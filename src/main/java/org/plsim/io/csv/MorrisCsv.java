package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plsim.analysis.sweep.MorrisIndex;

/** {@code morris.csv}: μ*, μ (with interval) and σ of every factor on every outcome key. */
public final class MorrisCsv {
    public static final String FILE = "morris.csv";
    public static final List<String> COLUMNS = EffectColumns.join("sweep_id", "factor", "factor_min", "factor_max",
            EffectColumns.KEY, "n_steps", "n_replicates", "mu_star", "mu", "mu_ci_low", "mu_ci_high", "sigma", "rank");

    private MorrisCsv() {
    }

    public static void write(Path file, String sweepId, List<MorrisIndex> rows) throws IOException {
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            for (MorrisIndex m : rows) {
                csv.cell(sweepId).cell(m.factor()).decimal(m.factorMin()).decimal(m.factorMax());
                EffectColumns.key(csv, m.key());
                csv.integer(m.steps()).integer(m.mu().n()).decimal(m.muStar()).decimal(m.mu().mean())
                        .decimal(m.mu().ciLow()).decimal(m.mu().ciHigh()).decimal(m.sigma()).integer(m.rank()).endRow();
            }
        }
    }
}
