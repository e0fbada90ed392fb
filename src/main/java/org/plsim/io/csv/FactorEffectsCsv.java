package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.MeanEstimate;
import org.plsim.analysis.sweep.FactorEffect;

/** {@code factor_effects.csv}: each numeric factor's linear effect across its design range, with an interval. */
public final class FactorEffectsCsv {
    public static final String FILE = "factor_effects.csv";
    public static final List<String> COLUMNS = List.of("sweep_id", "factor", "factor_min", "factor_max", "year",
            "grade", "subject", "subgroup", "measure", "unit", "estimate", "sd", "ci_low", "ci_high", "n");

    private FactorEffectsCsv() {
    }

    public static void write(Path file, String sweepId, List<FactorEffect> rows) throws IOException {
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (FactorEffect f : rows) {
                EffectKey k = f.key();
                MeanEstimate e = f.estimate();
                csv.printRecord(sweepId, f.factor(), Decimals.fixed(f.factorMin()), Decimals.fixed(f.factorMax()),
                        k.year(), k.gradeLabel(), k.subject().label(), k.group().label(), k.measure().label(),
                        k.measure().unit(), Decimals.fixed(e.mean()), Decimals.fixed(e.sd()),
                        Decimals.fixed(e.ciLow()), Decimals.fixed(e.ciHigh()), e.n());
            }
        }
    }
}
