package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.analysis.PairedEffect;

/** {@code effects.csv}: each replicate's paired effect (treatment − business as usual) for every key. */
public final class EffectsCsv {
    public static final String FILE = "effects.csv";
    public static final List<String> COLUMNS = EffectColumns.join("scenario_id", "replicate", "run_seed",
            EffectColumns.KEY, EffectColumns.ARMS);

    private EffectsCsv() {
    }

    public static void write(Path file, String scenarioId, List<PairedEffect> effects) throws IOException {
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (PairedEffect e : effects) {
                csv.printRecord(EffectColumns.join(scenarioId, e.replicate(), e.runSeed(),
                        EffectColumns.key(e.key()), EffectColumns.arms(e)));
            }
        }
    }
}
