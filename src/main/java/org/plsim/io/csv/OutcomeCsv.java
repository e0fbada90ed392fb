package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.experiment.Arm;
import org.plsim.experiment.ReplicateResult;
import org.plsim.experiment.ScenarioResult;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;

/**
 * {@code outcomes.csv}: every outcome of every arm of every replicate, one tidy row each, ordered by
 * replicate, arm (treatment first), then the model's emission order. Everything else in a result folder
 * can be recomputed from this file.
 */
public final class OutcomeCsv {
    public static final String FILE = "outcomes.csv";
    public static final List<String> COLUMNS = List.of("scenario_id", "replicate", "run_seed", "arm", "year",
            "grade", "subject", "subgroup", "measure", "unit", "value", "n");

    private OutcomeCsv() {
    }

    public static void write(Path file, ScenarioResult result) throws IOException {
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (ReplicateResult r : result.replicates()) {
                for (Arm arm : Arm.values()) {
                    for (Outcome o : r.arm(arm)) {
                        csv.printRecord(r.key().scenarioId(), r.key().replicate(), r.key().runSeed(), arm.label(),
                                o.year(), o.gradeLabel(), o.subject().label(), o.group().label(),
                                o.measure().label(), o.measure().unit(), value(o), o.n());
                    }
                }
            }
        }
    }

    /** Enrolment is a head count, written as a whole number; every other value has six decimals. */
    private static String value(Outcome o) {
        return o.measure() == Measure.ENROLLMENT ? Decimals.count(Math.round(o.value())) : Decimals.fixed(o.value());
    }
}
