package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.plsim.analysis.CostEffectiveness;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.EffectSummary;
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
    public static final List<String> COLUMNS = EffectColumns.join("scenario_id", EffectColumns.KEY,
            EffectColumns.SUMMARY, "cost_per_student_to_date", "cost_per_student_per_0.1sd");

    private SummaryCsv() {
    }

    /** Cost to date on the all-students, all-grades rows of a run with costs; blank elsewhere. */
    private static OptionalDouble costToDate(EffectKey k, CostEffectiveness ce) {
        return k.group() == Subgroup.ALL && k.grade() == Outcome.ALL_GRADES && k.year() >= 1
                ? ce.costToDate(k.year()) : OptionalDouble.empty();
    }

    private static TidyWriter cell(TidyWriter csv, OptionalDouble v) throws IOException {
        return v.isPresent() ? csv.decimal(v.getAsDouble()) : csv.blank();
    }

    public static void write(Path file, String scenarioId, List<EffectSummary> summaries) throws IOException {
        CostEffectiveness ce = CostEffectiveness.of(summaries);
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            for (EffectSummary s : summaries) {
                csv.text(scenarioId);
                EffectColumns.key(csv, s.key());
                EffectColumns.summary(csv, s.replicates(), s);
                cell(csv, costToDate(s.key(), ce));
                cell(csv, ce.perTenthSd(s)).endRow();
            }
        }
    }
}
