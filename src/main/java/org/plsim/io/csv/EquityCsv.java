package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
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
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (GapChange g : rows) {
                MeanEstimate c = g.change();
                String grade = new EffectKey(g.year(), g.grade(), g.subject(), g.gap().lower(), g.measure())
                        .gradeLabel();
                csv.printRecord(EffectColumns.join(sweepId, g.point(), labels.get(g.point()), g.gap().label(),
                        g.gap().upper().label(), g.gap().lower().label(), g.year(), grade, g.subject().label(),
                        g.measure().label(), g.measure().unit(), c.n(), Decimals.fixed(g.bauGap().mean()),
                        Decimals.fixed(g.treatmentGap().mean()), EffectColumns.interval(c)));
            }
        }
    }
}
