package org.plsim.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plsim.experiment.CostPlan;
import org.plsim.experiment.CostPreview;
import org.plsim.experiment.ReachChoice;
import org.plsim.model.component.PlanReach;
import org.plsim.scenario.Budget;

/**
 * {@code plsim cost} as text for the terminal: dollars and dollars per student per year by component and
 * school year, the plan against its budget, the students each component reaches, and the choices that would
 * reach more when the budget scaled coverage down.
 */
public final class CostPreviewTable {
    private static final int WIDTH = 110;
    private static final int SHOWN = 5;
    private final CostPreview preview;
    private final List<String> out = new ArrayList<>();

    private CostPreviewTable(CostPreview preview) {
        this.preview = preview;
    }

    /** The lines to print, units on every number. */
    public static List<String> lines(CostPreview preview, String file) {
        CostPreviewTable t = new CostPreviewTable(preview);
        CostPlan costs = preview.costs();
        t.para("", String.format(Locale.ROOT, "Cost preview of %s (%s): ingredient costs at the evidence registry's "
                + "central prices, the figures plsim run writes to costs.csv; nothing is run.", preview.fitted().id(),
                file));
        t.line("District: %,d students enrolled; %d school years.", costs.students(), preview.fitted().years());
        t.out.add("");
        if (preview.fitted().components().isEmpty()) {
            t.line("The scenario switches no component on: business as usual costs the grant nothing.");
            return t.out;
        }
        t.dollars(costs);
        t.budget(preview.asWritten().budget());
        t.reach();
        t.choices();
        return t.out;
    }

    private void dollars(CostPlan costs) {
        int years = preview.fitted().years();
        List<String> names = new ArrayList<>(costs.byComponent(years).keySet());
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("component"));
        for (int y = 1; y <= years; y++) {
            header.add("year " + y);
        }
        header.add("years 1-" + years);
        rows.add(header);
        for (String name : names) {
            rows.add(row(name, y -> costs.dollarsIn(name, y), costs.dollars(name, years), "$%,.0f"));
        }
        rows.add(row("all components", costs::dollars, costs.dollarsThrough(years), "$%,.0f"));
        line("Dollars by school year ($ per school year; last column: all years):");
        table(rows);
        out.add("");
        List<List<String>> per = new ArrayList<>();
        List<String> perHeader = new ArrayList<>(header.subList(0, header.size() - 1));
        perHeader.add("average");
        per.add(perHeader);
        double n = Math.max(1, costs.students());
        for (String name : names) {
            per.add(row(name, y -> costs.dollarsIn(name, y) / n, costs.dollars(name, years) / n / years,
                    "$%,.2f"));
        }
        per.add(row("all components", y -> costs.dollars(y) / n, costs.dollarsThrough(years) / n / years, "$%,.2f"));
        line("Dollars per student per year ($ per enrolled student per school year, of %,d students):",
                costs.students());
        table(per);
        out.add("");
    }

    private List<String> row(String name, java.util.function.IntToDoubleFunction byYear, double last, String format) {
        List<String> row = new ArrayList<>(List.of(name));
        for (int y = 1; y <= preview.fitted().years(); y++) {
            row.add(String.format(Locale.ROOT, format, byYear.applyAsDouble(y)));
        }
        row.add(String.format(Locale.ROOT, format, last));
        return row;
    }

    private void budget(Budget budget) {
        if (budget == null) {
            line("Budget    none set (budget.total_dollars: 0): nothing is checked.");
            out.add("");
            return;
        }
        int years = budget.grantYears();
        double written = preview.written().dollarsThrough(years);
        line("Budget    $%,.0f over school years 1-%d, %s; if over: %s.", budget.totalDollars(), years,
                budget.split().isEmpty() ? "shared freely" : "split " + splitText(budget), budget.ifOver().label());
        line("          As written the plan costs $%,.0f in those years (%.1f%% of the budget).", written,
                100 * written / budget.totalDollars());
        if (preview.refusal().isPresent()) {
            para("          ", "plsim run would refuse it: " + preview.refusal().get() + ".");
        } else if (preview.scaled()) {
            double now = preview.costs().dollarsThrough(years);
            line("          Coverage is scaled down to fit: $%,.0f (%.1f%% of the budget).", now,
                    100 * now / budget.totalDollars());
        } else {
            line("          It fits: plsim run runs it as written.");
        }
        out.add("");
    }

    private static String splitText(Budget budget) {
        StringBuilder b = new StringBuilder();
        budget.split().forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k)
                .append(String.format(Locale.ROOT, " %.0f%%", 100 * v)));
        return b.toString();
    }

    private void reach() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("component", "grades", "eligible students", "reached as written", "reached within budget",
                "coverage"));
        for (CostPreview.ComponentReach r : preview.reach()) {
            if (r.fitted().isEmpty()) {
                continue;
            }
            PlanReach now = r.fitted().get();
            rows.add(List.of(r.component(), now.grades(), count(now.eligible()),
                    r.asWritten().map(w -> count(w.reached())).orElse(""), count(now.reached()),
                    String.format(Locale.ROOT, "%.1f%%", 100 * now.coverage())));
        }
        line("Students reached (students in the served schools and grades at the start; coverage: rollout.coverage):");
        table(rows);
        out.add("");
    }

    private void choices() {
        if (!preview.scaled()) {
            return;
        }
        if (preview.choices().isEmpty()) {
            para("", "No single change (dropping a component, its teacher training or some of its grades) reaches "
                    + "more students within this budget.");
            return;
        }
        int years = preview.asWritten().budget().grantYears();
        para("", "To reach more students within this budget, the changes that free most for students (each "
                + "changes what the plan does, not only what it costs: compare the projections with plsim compare):");
        List<ReachChoice> shown = preview.choices().subList(0, Math.min(SHOWN, preview.choices().size()));
        for (int i = 0; i < shown.size(); i++) {
            ReachChoice c = shown.get(i);
            para("  " + (i + 1) + ". ", c.change());
            para("     ", String.format(Locale.ROOT, "frees $%,.0f over school years 1-%d and reaches %,d more "
                    + "students (%s)%s", c.freed(), years, c.students(), gains(c.gained()),
                    c.consequence().isEmpty() ? "." : "; but " + c.consequence() + "."));
        }
        if (preview.choices().size() > shown.size()) {
            line("  (%d more changes reach fewer students.)", preview.choices().size() - shown.size());
        }
    }

    /** {@code text} after {@code lead}, wrapped at {@value #WIDTH} columns under the lead's indent. */
    private void para(String lead, String text) {
        String indent = " ".repeat(lead.length());
        StringBuilder b = new StringBuilder(lead);
        for (String word : text.split(" ")) {
            if (b.length() > indent.length() && b.length() + 1 + word.length() > WIDTH) {
                out.add(b.toString());
                b = new StringBuilder(indent);
            }
            b.append(b.length() == indent.length() || b.toString().equals(lead) ? "" : " ").append(word);
        }
        out.add(b.toString());
    }

    private static String gains(Map<String, Long> gained) {
        StringBuilder b = new StringBuilder();
        gained.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k)
                .append(String.format(Locale.ROOT, " %+,d", v)));
        return b.toString();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Rows with aligned columns: the first left-aligned, the others right-aligned. */
    private void table(List<List<String>> rows) {
        int[] width = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder b = new StringBuilder(" ");
            for (int c = 0; c < width.length; c++) {
                String cell = row.get(c);
                String pad = " ".repeat(width[c] - cell.length());
                b.append(' ').append(c == 0 ? cell + pad : pad + cell).append(c == 0 ? " " : "");
            }
            out.add(b.toString().stripTrailing());
        }
    }

    private void line(String format, Object... args) {
        out.add(String.format(Locale.ROOT, format, args).stripTrailing());
    }
}
