package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plsim.analysis.sweep.PointSummary;

/**
 * A sweep's {@code summary.csv}: every design point's keys over replicates, as the single-run summary plus
 * the point, its label, and an interval on cost per 0.1 SD. Blank cells cannot be estimated (see
 * the manual, sweeps.md).
 */
public final class SweepSummaryCsv {
    public static final String FILE = "summary.csv";
    public static final List<String> COLUMNS = EffectColumns.join("sweep_id", "point", "label", EffectColumns.KEY,
            EffectColumns.SUMMARY, "cost_per_student_to_date",
            EffectColumns.valueAndInterval("cost_per_student_per_0.1sd"));

    private SweepSummaryCsv() {
    }

    public static void write(Path file, String sweepId, List<String> labels, List<PointSummary> rows)
            throws IOException {
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            for (PointSummary s : rows) {
                csv.cell(sweepId).integer(s.point()).cell(labels.get(s.point()));
                EffectColumns.key(csv, s.key());
                EffectColumns.summary(csv, s.replicates(), s.asEffectSummary());
                csv.decimal(s.costToDate());
                EffectColumns.intervalOrBlank(csv, s.perTenthSd());
                csv.endRow();
            }
        }
    }
}
