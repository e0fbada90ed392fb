package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
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
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (ComponentEffect c : rows) {
                EffectKey k = c.key();
                csv.printRecord(EffectColumns.join(sweepId, c.term(), c.kind(), k.measure().label(),
                        k.measure().unit(), k.subject().label(), k.group().label(), k.gradeLabel(), k.year(),
                        EffectColumns.estimate(c.estimate())));
            }
        }
    }
}
