package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.evidence.EvidenceParameter;
import org.plsim.scenario.NumberText;

/**
 * Evidence parameters as a tidy CSV, one parameter a row, in the result files' dialect ({@link TidyCsv}).
 * Numbers are written exactly as the registry holds them (shortest form: 0.0055, 10000), not rounded to
 * six decimals like simulated results: these are inputs, and a reader should get the registry's numbers.
 */
public final class EvidenceCsv {
    public static final List<String> COLUMNS = List.of("id", "component", "central", "low", "high", "distribution",
            "unit", "grade", "sources", "description", "note");

    private EvidenceCsv() {
    }

    /** Writes {@code parameters} to {@code file} (created or replaced); {@code sources} are joined by "; ". */
    public static void write(Path file, List<EvidenceParameter> parameters) throws IOException {
        try (CSVPrinter out = TidyCsv.create(file, COLUMNS)) {
            for (EvidenceParameter p : parameters) {
                out.printRecord(p.id(), p.component(), plain(p.central()), plain(p.low()), plain(p.high()),
                        p.distribution().label(), p.unit(), p.grade().label(), String.join("; ", p.sources()),
                        p.description(), p.note());
            }
        }
    }

    /** The shortest decimal text that reads back to {@code v}, never in exponent form: 0.0055, 10000, 0.5. */
    public static String plain(double v) {
        return NumberText.plain(v);
    }
}
