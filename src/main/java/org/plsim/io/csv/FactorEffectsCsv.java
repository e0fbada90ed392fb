package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plsim.analysis.sweep.FactorEffect;

/** {@code factor_effects.csv}: each numeric factor's linear effect across its design range, with an interval. */
public final class FactorEffectsCsv {
    public static final String FILE = "factor_effects.csv";
    public static final List<String> COLUMNS = EffectColumns.join("sweep_id", "factor", "factor_min", "factor_max",
            EffectColumns.KEY, EffectColumns.ESTIMATE);

    private FactorEffectsCsv() {
    }

    public static void write(Path file, String sweepId, List<FactorEffect> rows) throws IOException {
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            for (FactorEffect f : rows) {
                csv.cell(sweepId).cell(f.factor()).decimal(f.factorMin()).decimal(f.factorMax());
                EffectColumns.key(csv, f.key());
                EffectColumns.estimate(csv, f.estimate());
                csv.endRow();
            }
        }
    }
}
