package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.sweep.MorrisIndex;

/** {@code morris.csv}: μ*, μ (with interval) and σ of every factor on every outcome key. */
public final class MorrisCsv {
    public static final String FILE = "morris.csv";
    public static final List<String> COLUMNS = List.of("sweep_id", "factor", "factor_min", "factor_max", "year",
            "grade", "subject", "subgroup", "measure", "unit", "n_steps", "n_replicates", "mu_star", "mu",
            "mu_ci_low", "mu_ci_high", "sigma", "rank");

    private MorrisCsv() {
    }

    public static void write(Path file, String sweepId, List<MorrisIndex> rows) throws IOException {
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (MorrisIndex m : rows) {
                EffectKey k = m.key();
                csv.printRecord(sweepId, m.factor(), Decimals.fixed(m.factorMin()), Decimals.fixed(m.factorMax()),
                        k.year(), k.gradeLabel(), k.subject().label(), k.group().label(), k.measure().label(),
                        k.measure().unit(), m.steps(), m.mu().n(), Decimals.fixed(m.muStar()),
                        Decimals.fixed(m.mu().mean()), Decimals.fixed(m.mu().ciLow()), Decimals.fixed(m.mu().ciHigh()),
                        Decimals.fixed(m.sigma()), m.rank());
            }
        }
    }
}
