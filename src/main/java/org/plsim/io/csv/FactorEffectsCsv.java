package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.analysis.sweep.FactorEffect;

/** {@code factor_effects.csv}: each numeric factor's linear effect across its design range, with an interval. */
public final class FactorEffectsCsv {
    public static final String FILE = "factor_effects.csv";
    public static final List<String> COLUMNS = EffectColumns.join("sweep_id", "factor", "factor_min", "factor_max",
            EffectColumns.KEY, EffectColumns.ESTIMATE);

    private FactorEffectsCsv() {
    }

    public static void write(Path file, String sweepId, List<FactorEffect> rows) throws IOException {
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (FactorEffect f : rows) {
                csv.printRecord(EffectColumns.join(sweepId, f.factor(), Decimals.fixed(f.factorMin()),
                        Decimals.fixed(f.factorMax()), EffectColumns.key(f.key()),
                        EffectColumns.estimate(f.estimate())));
            }
        }
    }
}
