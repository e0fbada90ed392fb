package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.PairedEffect;

/** {@code effects.csv}: each replicate's paired effect (treatment − business as usual) for every key. */
public final class EffectsCsv {
    public static final String FILE = "effects.csv";
    public static final List<String> COLUMNS = List.of("scenario_id", "replicate", "run_seed", "year", "grade",
            "subject", "subgroup", "measure", "unit", "treatment", "bau", "effect");

    private EffectsCsv() {
    }

    public static void write(Path file, String scenarioId, List<PairedEffect> effects) throws IOException {
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (PairedEffect e : effects) {
                EffectKey k = e.key();
                csv.printRecord(scenarioId, e.replicate(), e.runSeed(), k.year(), k.gradeLabel(),
                        k.subject().label(), k.group().label(), k.measure().label(), k.measure().unit(),
                        Decimals.fixed(e.treatment()), Decimals.fixed(e.bau()), Decimals.fixed(e.effect()));
            }
        }
    }
}
