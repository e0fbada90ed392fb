package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import java.util.OptionalDouble;
import org.plsim.analysis.CostEffectiveness;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.KraftBand;
import org.plsim.analysis.MeanEstimate;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;

/**
 * {@code summary.csv}: each key over replicates. Cells that cannot be estimated are left blank: the SD
 * and interval with a single replicate, the percentile gain and Kraft band for measures not in SD units, the
 * cost columns outside all-students, all-grades rows of a run with costs (and per 0.1 SD when the effect
 * is not positive).
 */
public final class SummaryCsv {
    public static final String FILE = "summary.csv";
    public static final List<String> COLUMNS = List.of("scenario_id", "year", "grade", "subject", "subgroup",
            "measure", "unit", "n_replicates", "treatment_mean", "bau_mean", "effect_mean", "effect_sd",
            "effect_ci_low", "effect_ci_high", "percentile_gain", "kraft_band", "cost_per_student_to_date",
            "cost_per_student_per_0.1sd");

    private SummaryCsv() {
    }

    /** Cost to date on the all-students, all-grades rows of a run with costs; blank elsewhere. */
    private static String costCell(EffectKey k, CostEffectiveness ce) {
        return k.group() == Subgroup.ALL && k.grade() == Outcome.ALL_GRADES && k.year() >= 1
                ? cell(ce.costToDate(k.year())) : "";
    }

    private static String cell(OptionalDouble v) {
        return v.isPresent() ? Decimals.fixed(v.getAsDouble()) : "";
    }

    public static void write(Path file, String scenarioId, List<EffectSummary> summaries) throws IOException {
        CostEffectiveness ce = CostEffectiveness.of(summaries);
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (EffectSummary s : summaries) {
                EffectKey k = s.key();
                MeanEstimate e = s.effect();
                csv.printRecord(scenarioId, k.year(), k.gradeLabel(), k.subject().label(), k.group().label(),
                        k.measure().label(), k.measure().unit(), s.replicates(),
                        Decimals.fixed(s.treatment().mean()), Decimals.fixed(s.bau().mean()),
                        Decimals.fixed(e.mean()), Decimals.fixed(e.sd()),
                        Decimals.fixed(e.ciLow()), Decimals.fixed(e.ciHigh()),
                        Decimals.fixed(s.percentileGain()), s.band().map(KraftBand::label).orElse(""),
                        costCell(k, ce), cell(ce.perTenthSd(s)));
            }
        }
    }
}
