package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
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
                csv.printRecord(EffectColumns.join(scenarioId, EffectColumns.key(s.key()),
                        EffectColumns.summary(s.replicates(), s), costCell(s.key(), ce), cell(ce.perTenthSd(s))));
            }
        }
    }
}
