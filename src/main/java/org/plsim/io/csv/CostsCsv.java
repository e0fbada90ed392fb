package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.experiment.CostPlan;
import org.plsim.model.component.CostLine;

/**
 * {@code costs.csv}: the plan's ingredient costs at the evidence registry's central prices, one row per
 * component, ingredient and school year (Levin &amp; Belfield 2015's ingredients method). Written only when
 * the scenario switches a component on.
 */
public final class CostsCsv {
    public static final String FILE = "costs.csv";
    public static final List<String> COLUMNS = List.of("scenario_id", "component", "ingredient", "year",
            "dollars", "dollars_per_student", "basis");

    private CostsCsv() {
    }

    public static void write(Path file, String scenarioId, CostPlan plan) throws IOException {
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (CostLine l : plan.lines()) {
                csv.printRecord(scenarioId, l.component(), l.ingredient(), l.year(), Decimals.fixed(l.dollars()),
                        Decimals.fixed(plan.students() == 0 ? 0 : l.dollars() / plan.students()), l.basis());
            }
        }
    }
}
