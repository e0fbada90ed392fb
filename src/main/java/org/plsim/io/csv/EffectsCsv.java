package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plsim.analysis.PairedEffect;

/** {@code effects.csv}: each replicate's paired effect (treatment − business as usual) for every key. */
public final class EffectsCsv {
    public static final String FILE = "effects.csv";
    public static final List<String> COLUMNS = EffectColumns.join("scenario_id", "replicate", "run_seed",
            EffectColumns.KEY, EffectColumns.ARMS);

    private EffectsCsv() {
    }

    public static void write(Path file, String scenarioId, List<PairedEffect> effects) throws IOException {
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            for (PairedEffect e : effects) {
                csv.text(scenarioId).integer(e.replicate()).integer(e.runSeed());
                EffectColumns.key(csv, e.key());
                EffectColumns.arms(csv, e);
                csv.endRow();
            }
        }
    }
}
