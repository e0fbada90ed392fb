package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.MeanEstimate;
import org.plsim.analysis.sweep.GapChange;

/** {@code equity.csv}: the change in each subgroup gap at each design point; negative = the gap narrowed. */
public final class EquityCsv {
    public static final String FILE = "equity.csv";
    public static final List<String> COLUMNS = EffectColumns.join("sweep_id", "point", "label", "gap", "upper_subgroup",
            "lower_subgroup", "year", "grade", "subject", "measure", "unit", "n_replicates", "bau_gap_mean",
            "treatment_gap_mean", EffectColumns.meanAndInterval("change"));

    private EquityCsv() {
    }

    public static void write(Path file, String sweepId, List<String> labels, List<GapChange> rows)
            throws IOException {
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            for (GapChange g : rows) {
                MeanEstimate c = g.change();
                String grade = new EffectKey(g.year(), g.grade(), g.subject(), g.gap().lower(), g.measure())
                        .gradeLabel();
                csv.cell(sweepId).integer(g.point()).cell(labels.get(g.point())).text(g.gap().label())
                        .text(g.gap().upper().label()).text(g.gap().lower().label()).integer(g.year()).text(grade)
                        .text(g.subject().label()).text(g.measure().label()).text(g.measure().unit()).integer(c.n())
                        .decimal(g.bauGap().mean()).decimal(g.treatmentGap().mean());
                EffectColumns.interval(csv, c);
                csv.endRow();
            }
        }
    }
}
