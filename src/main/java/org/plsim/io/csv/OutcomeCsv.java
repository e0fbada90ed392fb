package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            for (ReplicateResult r : result.replicates()) {
                for (Arm arm : Arm.values()) {
                    for (Outcome o : r.arm(arm)) {
                        csv.text(r.key().scenarioId()).integer(r.key().replicate()).integer(r.key().runSeed())
                                .text(arm.label()).integer(o.year()).text(o.gradeLabel()).text(o.subject().label())
                                .text(o.group().label()).text(o.measure().label()).text(o.measure().unit());
                        value(csv, o).integer(o.n()).endRow();
                    }
                }
            }
        }
    }

    /** Enrolment is a head count, written as a whole number; every other value has six decimals. */
    private static TidyWriter value(TidyWriter csv, Outcome o) throws IOException {
        return o.measure() == Measure.ENROLLMENT ? csv.integer(Math.round(o.value())) : csv.decimal(o.value());
    }
}
