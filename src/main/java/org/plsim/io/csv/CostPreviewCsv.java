package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.plsim.experiment.CostPlan;
import org.plsim.experiment.CostPreview;
import org.plsim.model.component.PlanReach;
import org.plsim.scenario.Budget;

/**
 * {@code plsim cost --csv}: a plan's costs by component and school year as {@code plsim run} would spend them
 * (the budget's scaling applied), with the students each component reaches. One row per component and year;
 * {@code grant_year} is blank without a budget.
 */
public final class CostPreviewCsv {
    public static final List<String> COLUMNS = List.of("scenario_id", "component", "year", "grant_year", "dollars",
            "dollars_per_student", "eligible_students", "reached_students_as_written", "reached_students",
            "coverage");

    private CostPreviewCsv() {
    }

    public static void write(Path file, CostPreview preview) throws IOException {
        CostPlan costs = preview.costs();
        int years = preview.fitted().years();
        Budget budget = preview.asWritten().budget();
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            for (CostPreview.ComponentReach r : preview.reach()) {
                for (int year = 1; year <= years; year++) {
                    double dollars = costs.dollarsIn(r.component(), year);
                    csv.text(preview.fitted().id()).text(r.component()).integer(year);
                    csv.cell(budget == null ? null : Boolean.toString(year <= budget.grantYears()));
                    csv.decimal(dollars).decimal(costs.students() == 0 ? 0 : dollars / costs.students());
                    reach(csv, r.fitted().map(PlanReach::eligible), r.asWritten().map(PlanReach::reached),
                            r.fitted().map(PlanReach::reached));
                    csv.decimal(r.fitted().map(PlanReach::coverage).orElse(Double.NaN)).endRow();
                }
            }
        }
    }

    private static void reach(TidyWriter csv, Optional<Long> eligible, Optional<Long> written, Optional<Long> reached)
            throws IOException {
        for (Optional<Long> v : List.of(eligible, written, reached)) {
            if (v.isPresent()) {
                csv.integer(v.get());
            } else {
                csv.cell(null);
            }
        }
    }
}
