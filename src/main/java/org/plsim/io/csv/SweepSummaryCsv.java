package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.KraftBand;
import org.plsim.analysis.MeanEstimate;
import org.plsim.analysis.sweep.PointSummary;

/**
 * A sweep's {@code summary.csv}: every design point's keys over replicates, as the single-run summary plus
 * the point, its label, and an interval on cost per 0.1 SD. Blank cells cannot be estimated (see
 * the README, "Sweep analysis outputs").
 */
public final class SweepSummaryCsv {
    public static final String FILE = "summary.csv";
    public static final List<String> COLUMNS = List.of("sweep_id", "point", "label", "year", "grade", "subject",
            "subgroup", "measure", "unit", "n_replicates", "treatment_mean", "bau_mean", "effect_mean",
            "effect_sd", "effect_ci_low", "effect_ci_high", "percentile_gain", "kraft_band",
            "cost_per_student_to_date", "cost_per_student_per_0.1sd", "cost_per_student_per_0.1sd_sd",
            "cost_per_student_per_0.1sd_ci_low", "cost_per_student_per_0.1sd_ci_high");

    private SweepSummaryCsv() {
    }

    public static void write(Path file, String sweepId, List<String> labels, List<PointSummary> rows)
            throws IOException {
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (PointSummary s : rows) {
                EffectKey k = s.key();
                MeanEstimate e = s.effect();
                MeanEstimate c = s.perTenthSd();
                csv.printRecord(sweepId, s.point(), labels.get(s.point()), k.year(), k.gradeLabel(),
                        k.subject().label(), k.group().label(), k.measure().label(), k.measure().unit(),
                        s.replicates(), Decimals.fixed(s.treatment().mean()), Decimals.fixed(s.bau().mean()),
                        Decimals.fixed(e.mean()), Decimals.fixed(e.sd()), Decimals.fixed(e.ciLow()),
                        Decimals.fixed(e.ciHigh()), Decimals.fixed(s.percentileGain()),
                        s.band().map(KraftBand::label).orElse(""), Decimals.fixed(s.costToDate()),
                        c == null ? "" : Decimals.fixed(c.mean()), c == null ? "" : Decimals.fixed(c.sd()),
                        c == null ? "" : Decimals.fixed(c.ciLow()), c == null ? "" : Decimals.fixed(c.ciHigh()));
            }
        }
    }
}
