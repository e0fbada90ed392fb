package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.sweep.ComponentEffect;

/** {@code effects_by_component.csv}: component-mix main effects and two-way interactions, with intervals. */
public final class ComponentEffectsCsv {
    public static final String FILE = "effects_by_component.csv";
    public static final List<String> COLUMNS = EffectColumns.join("sweep_id", "term", "kind", "measure", "unit",
            "subject", "subgroup", "grade", "year", EffectColumns.ESTIMATE);

    private ComponentEffectsCsv() {
    }

    public static void write(Path file, String sweepId, List<ComponentEffect> rows) throws IOException {
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            for (ComponentEffect c : rows) {
                EffectKey k = c.key();
                csv.cell(sweepId).cell(c.term()).cell(c.kind()).text(k.measure().label()).text(k.measure().effectUnit())
                        .text(k.subject().label()).text(k.group().label()).text(k.gradeLabel()).integer(k.year());
                EffectColumns.estimate(csv, c.estimate());
                csv.endRow();
            }
        }
    }
}
