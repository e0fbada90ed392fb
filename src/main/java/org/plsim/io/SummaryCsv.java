package org.plsim.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.KraftBand;
import org.plsim.analysis.MeanEstimate;

/**
 * {@code summary.csv}: each key over replicates. Cells that cannot be estimated are left blank: the SD
 * and interval with a single replicate, the percentile gain and Kraft band for measures not in SD units.
 */
public final class SummaryCsv {
    public static final String FILE = "summary.csv";
    public static final List<String> COLUMNS = List.of("scenario_id", "year", "grade", "subject", "subgroup",
            "measure", "unit", "n_replicates", "treatment_mean", "bau_mean", "effect_mean", "effect_sd",
            "effect_ci_low", "effect_ci_high", "percentile_gain", "kraft_band");

    private SummaryCsv() {
    }

    public static void write(Path file, String scenarioId, List<EffectSummary> summaries) throws IOException {
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (EffectSummary s : summaries) {
                EffectKey k = s.key();
                MeanEstimate e = s.effect();
                csv.printRecord(scenarioId, k.year(), k.gradeLabel(), k.subject().label(), k.group().label(),
                        k.measure().label(), k.measure().unit(), s.replicates(),
                        Decimals.fixed(s.treatment().mean()), Decimals.fixed(s.bau().mean()),
                        Decimals.fixed(e.mean()), Decimals.fixed(e.sd()),
                        Decimals.fixed(e.ciLow()), Decimals.fixed(e.ciHigh()),
                        Decimals.fixed(s.percentileGain()), s.band().map(KraftBand::label).orElse(""));
            }
        }
    }
}
