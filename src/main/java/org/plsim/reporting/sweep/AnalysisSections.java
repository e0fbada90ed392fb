package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plsim.io.csv.CeacCsv;
import org.plsim.io.csv.CostRatioCsv;
import org.plsim.io.csv.EvppiCsv;
import org.plsim.io.csv.PrimCsv;

/**
 * The sections of {@code report.html} for the analyses run on a finished sweep folder afterwards — scenario
 * discovery ({@code plsim discover}), acceptability ({@code plsim ceac}) and value of information
 * ({@code plsim voi}) — each made from that analysis's files in the folder, and only when they are all there:
 * a folder without them gives the empty string, so its report is as before.
 */
final class AnalysisSections {
    /** Top EVPPI rows shown; the rest are in evppi.csv and voi.html. */
    static final int TOP_PARAMETERS = 5;
    /** Willingness-to-pay columns of the acceptability table, spread evenly over the grid. */
    static final int WTP_COLUMNS = 5;

    private AnalysisSections() {
    }

    static String html(Path folder) throws IOException {
        StringBuilder b = new StringBuilder();
        if (present(folder, PrimCsv.BOX, PrimCsv.TRAJECTORY, PrimChart.NAME + ".png")) {
            b.append(discovery(folder));
        }
        if (present(folder, CeacCsv.FILE, CeacChart.NAME + ".png")) {
            b.append(acceptability(folder));
        }
        if (present(folder, EvppiCsv.FILE, EvppiChart.NAME + ".png", VoiReport.PAGE)) {
            b.append(valueOfInformation(folder));
        }
        return b.isEmpty() ? "" : ReportRefresh.BEGIN + b + ReportRefresh.END;
    }

    private static boolean present(Path folder, String... files) {
        for (String f : files) {
            if (!Files.isRegularFile(folder.resolve(f))) {
                return false;
            }
        }
        return true;
    }

    private static String discovery(Path folder) throws IOException {
        List<Map<String, String>> box = FolderTable.read(folder.resolve(PrimCsv.BOX));
        Map<String, String> chosen = FolderTable.read(folder.resolve(PrimCsv.TRAJECTORY)).stream()
                .filter(r -> "yes".equals(r.get("chosen"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(folder.resolve(PrimCsv.TRAJECTORY)
                        + ": no row with chosen = yes; allowed: the file plsim discover writes"));
        StringBuilder b = new StringBuilder("<h2>Scenario discovery: where the plan succeeds</h2>\n")
                .append("<p>Success rule: <b>")
                .append(Html.esc(chosen.get("rule"))).append("</b>. PRIM (Friedman &amp; Fisher 1999) narrowed the "
                        + "factors' ranges step by step to the settings where runs meet the rule most often; step ")
                .append(Html.esc(chosen.get("step"))).append(" was chosen. Inside these limits ")
                .append(Html.esc(chosen.get("successes_in_box"))).append(" of ")
                .append(Html.esc(chosen.get("runs_in_box"))).append(" runs meet the rule (density ")
                .append(pct(FolderTable.num(chosen, "density"))).append("); the limits hold ")
                .append(pct(FolderTable.num(chosen, "coverage"))).append(" of all runs that meet it (coverage) and ")
                .append(pct(FolderTable.num(chosen, "support"))).append(" of all runs (support).</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> r : box) {
            String unit = FactorUnits.of(r.get("factor"));
            rows.add(List.of(r.get("factor"), unit, range(r, "lower", "upper"), range(r, "factor_min", "factor_max"),
                    "yes".equals(r.get("restricted")) ? "yes" : "no (whole range)"));
        }
        b.append(Html.table(List.of("Factor", "Unit", "Chosen limits", "Range swept", "Narrowed"), rows));
        return b.append(figure(folder, PrimChart.NAME, "Coverage against density at each peeling step"))
                .append(files(PrimCsv.TRAJECTORY, PrimCsv.BOX)).toString();
    }

    private static String acceptability(Path folder) throws IOException {
        List<Map<String, String>> rows = FolderTable.read(folder.resolve(CeacCsv.FILE));
        List<Double> grid = rows.stream().map(r -> FolderTable.num(r, "wtp_per_tenth_sd")).distinct().toList();
        List<Double> shown = new ArrayList<>();
        for (int i = 0; i < WTP_COLUMNS && !grid.isEmpty(); i++) {
            double w = grid.get((int) Math.round((grid.size() - 1) * (double) i / (WTP_COLUMNS - 1)));
            if (!shown.contains(w)) {
                shown.add(w);
            }
        }
        List<String> header = new ArrayList<>(List.of("Plan"));
        shown.forEach(w -> header.add(Html.dollars(w) + " per 0.1 SD"));
        List<String> labels = rows.stream().filter(r -> !r.get("point").isBlank()).map(r -> r.get("label"))
                .distinct().toList();
        List<List<String>> table = new ArrayList<>();
        for (String label : labels) {
            List<String> row = new ArrayList<>(List.of(label));
            shown.forEach(w -> row.add(pct(cell(rows, w, label, "probability_within_wtp"))));
            table.add(row);
        }
        List<String> frontier = new ArrayList<>(List.of("Best choice (frontier), share of draws it is best"));
        for (double w : shown) {
            frontier.add(rows.stream().filter(r -> FolderTable.num(r, "wtp_per_tenth_sd") == w
                    && "yes".equals(r.get("on_frontier"))).findFirst()
                    .map(r -> r.get("label") + " (" + pct(FolderTable.num(r, "probability_best")) + ")").orElse("–"));
        }
        table.add(frontier);
        String outcome = rows.isEmpty() ? "" : rows.get(0).get("outcome");
        String draws = rows.isEmpty() ? "0" : rows.get(0).get("n_draws");
        return "<h2>Cost-effectiveness acceptability: is the plan worth its cost?</h2>\n<p>Outcome: "
                + Html.esc(inWords(outcome)) + ". For each amount a funder is willing to pay (dollars per student "
                + "per year for each 0.1 SD of gain, the column heads), the share of the " + Html.esc(draws)
                + " draws in which the plan's cost per 0.1 SD is within that amount. The last row names the choice with the highest "
                + "expected net benefit at that amount (the acceptability frontier) and how often it is the best "
                + "choice.</p>\n" + Html.table(header, table)
                + figure(folder, CeacChart.NAME,
                        "Acceptability curves: probability cost-effective by willingness to pay")
                + files(CeacCsv.FILE, CostRatioCsv.FILE);
    }

    private static double cell(List<Map<String, String>> rows, double wtp, String label, String column) {
        return rows.stream().filter(r -> FolderTable.num(r, "wtp_per_tenth_sd") == wtp && label.equals(r.get("label")))
                .findFirst().map(r -> FolderTable.num(r, column)).orElse(Double.NaN);
    }

    private static String valueOfInformation(Path folder) throws IOException {
        List<Map<String, String>> rows = FolderTable.read(folder.resolve(EvppiCsv.FILE));
        Map<String, String> all = rows.stream().filter(r -> EvppiCsv.ALL.equals(r.get("parameter"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(folder.resolve(EvppiCsv.FILE)
                        + ": no row with parameter = all (the EVPI); allowed: the file plsim voi writes"));
        boolean sd = "SD".equals(all.get("voi_unit"));
        java.util.function.Function<Map<String, String>, String> value = r -> sd
                ? String.format(Locale.ROOT, "%.4f SD", FolderTable.num(r, "value_of_information"))
                : Html.dollars(FolderTable.num(r, "value_of_information")) + " per student";
        java.util.function.Function<Map<String, String>, String> floor = r -> sd
                ? String.format(Locale.ROOT, "%.4f SD", FolderTable.num(r, "noise_floor_95"))
                : Html.dollars(FolderTable.num(r, "noise_floor_95")) + " per student";
        List<Map<String, String>> params = rows.stream().filter(r -> r != all).toList();
        List<List<String>> table = new ArrayList<>();
        for (Map<String, String> r : params.subList(0, Math.min(TOP_PARAMETERS, params.size()))) {
            table.add(List.of(r.get("parameter"), value.apply(r), pct(FolderTable.num(r, "share_of_evpi")),
                    floor.apply(r), "true".equals(r.get("above_noise")) ? "yes" : "no (could be chance)"));
        }
        return "<h2>Value of better evidence</h2>\n<p>Best choice on current evidence: <b>"
                + Html.esc(all.get("best_option")) + "</b>. Knowing every uncertain evidence value exactly before "
                + "choosing would be worth at most " + Html.esc(value.apply(all)) + " (EVPI, over "
                + Html.esc(all.get("n_draws")) + " evidence draws" + (sd ? "" : ", at " + Html.dollars(
                FolderTable.num(all, "wtp_dollars_per_tenth_sd")) + " per student per 0.1 SD") + "). The "
                + "evidence values worth most to learn (EVPPI), top " + table.size() + " of " + params.size()
                + "; an EVPPI at or below its noise floor is what this many draws give by chance:</p>\n"
                + Html.table(List.of("Evidence parameter", "EVPPI", "Share of EVPI", "Noise floor (95th percentile)",
                "Above noise"), table)
                + figure(folder, EvppiChart.NAME, "Value of information by evidence parameter")
                + "<p class=\"note\">The whole table and method: <a href=\"" + VoiReport.PAGE + "\">" + VoiReport.PAGE
                + "</a> beside this page; numbers in " + EvppiCsv.FILE + ".</p>\n";
    }

    private static String range(Map<String, String> r, String lower, String upper) {
        return Html.num(FolderTable.num(r, lower)) + " to " + Html.num(FolderTable.num(r, upper));
    }

    /** {@code effect.year1.math} → "effect on math achievement in school year 1, all students (SD)". */
    static String inWords(String outcome) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("effect\\.year(\\d+)\\.([a-z]+)(?:\\.(.+))?")
                .matcher(outcome);
        if (!m.matches()) {
            return outcome;
        }
        return "effect on " + m.group(2) + " achievement in school year " + m.group(1) + ", "
                + (m.group(3) == null ? "all students" : m.group(3).replace('_', ' ')) + " (SD; " + outcome + ")";
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String figure(Path folder, String name, String title) throws IOException {
        return "<figure>\n<img alt=\"" + Html.esc(title) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(Files.readAllBytes(folder.resolve(name + ".png")))
                + "\">\n<figcaption>" + Html.esc(title) + " (" + name + ".png, " + name + ".svg)</figcaption>\n"
                + "</figure>\n";
    }

    private static String files(String... names) {
        return "<p class=\"note\">Numbers: " + String.join(", ", names) + ".</p>\n";
    }
}
