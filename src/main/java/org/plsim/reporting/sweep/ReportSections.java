package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.plsim.analysis.GuardRails;
import org.plsim.analysis.sweep.Design;
import org.plsim.analysis.sweep.SweepResults;

/** The sections of {@code report.html}, each a piece of HTML. */
final class ReportSections {
    private ReportSections() {
    }

    static String provenance(ReportProvenance p) {
        List<List<String>> rows = List.of(List.of("sweep id", p.sweepId()), List.of("design", p.designType()),
                List.of("fingerprint (SHA-256)", p.fingerprint()), List.of("sweep seed", Long.toString(p.sweepSeed())),
                List.of("replicates", p.replicates()), List.of("PLSim version", p.plsimVersion()),
                List.of("model version", p.modelVersion()),
                List.of("git commit", p.gitCommit() == null ? "unknown" : p.gitCommit()),
                List.of("created", p.createdAt()));
        return "<h2>Provenance</h2>\n" + Html.table(List.of("what", "value"), rows);
    }

    static String guardRails(List<String> notes) {
        StringBuilder b = new StringBuilder("<h2>Guard-rails</h2>\n");
        if (notes.isEmpty()) {
            return b.append(String.format(java.util.Locale.ROOT, "<p class=\"note\">No design point projects a "
                    + "standardized-achievement gain above %.2f SD in any one year.</p>\n",
                    GuardRails.MAX_STANDARDIZED_PER_YEAR)).toString();
        }
        b.append("<div class=\"warn\"><p>").append(notes.size()).append(notes.size() == 1 ? " projection goes" : 
                " projections go").append(" beyond what the evidence supports (a year's gain above ")
                .append(GuardRails.MAX_STANDARDIZED_PER_YEAR).append(" SD; Kraft 2020: median RCT effect 0.10):</p>\n<ul>\n");
        notes.forEach(n -> b.append("<li>").append(Html.esc(n)).append("</li>\n"));
        return b.append("</ul></div>\n").toString();
    }

    /** The interactions on the headline key, in words: which pairs complement each other, which crowd out. */
    static String pairsInWords(HeadlineRows h) {
        List<String> help = new java.util.ArrayList<>();
        List<String> crowd = new java.util.ArrayList<>();
        for (var c : h.results().components()) {
            if (c.isInteraction() && c.key().equals(h.headline().key(h.subject()))) {
                String pair = c.components().get(0) + " + " + c.components().get(1);
                if (c.reading().equals("complement")) {
                    help.add(pair);
                } else if (c.reading().equals("crowd out")) {
                    crowd.add(pair);
                }
            }
        }
        return "Pairs that help each other: " + (help.isEmpty() ? "none" : String.join(", ", help))
                + ". Pairs that crowd each other out: " + (crowd.isEmpty() ? "none" : String.join(", ", crowd)) + ".";
    }

    /** One headline subject: what it is, the top points, the design's table, equity, then the charts. */
    static String subject(HeadlineRows h, List<SweepCharts.ChartFile> charts, Path folder) throws IOException {
        StringBuilder b = new StringBuilder("<h2>").append(Html.esc(ChartStyle.cap(h.outcome()))).append("</h2>\n");
        b.append("<p class=\"note\">Headline outcome: ").append(Html.esc(h.headline().describe(h.subject())))
                .append(", all grades (").append(Html.esc(h.unit())).append("). ").append(h.byPoint().size())
                .append(" points reported it; every key is in summary.csv. The whole district counts every student, "
                        + "reached or not (intent to treat); students served are those reached by at least one "
                        + "component, the same students in both arms (subgroup served: the effect on the treated)."
                        + "</p>\n");
        b.append("<h3>Top design points</h3>\n").append(ReportTables.topPoints(h));
        boolean mix = h.results().design().type().equals(Design.COMPONENT_MIX);
        section(b, "Main effects and two-way interactions", ReportTables.components(h), mix
                ? "A main effect is the mean effect with the component on minus with it off, over every mix of the "
                + "others; an interaction a:b is half of (a's effect with b on − a's effect with b off). Formed within "
                + "each replicate, then averaged (effects_by_component.csv). Pair: complement where the interval "
                + "lies above 0 (together they do more than apart: complementarities the model carries, e.g. "
                + "learning plans steering students to partners' services), crowd out where it lies below 0 "
                + "(the components share each student's and teacher's weekly time budget), no clear interaction "
                + "where it spans 0. " + pairsInWords(h) : "");
        section(b, "Morris ranking", ReportTables.morris(h), "μ*: mean |elementary effect| (importance); μ: mean "
                + "signed effect; σ: spread (interactions, non-linearity); per full range of the factor (morris.csv).");
        section(b, "Sobol indices", ReportTables.sobol(h), "Shares of the variance of the effect (treatment − "
                + "business as usual, paired runs) across the design: S1, the factor alone (Saltelli 2010); ST, with "
                + "all its interactions (Jansen 1999); 95% bootstrap intervals over the N base samples. ST near 0: the "
                + "effect does not hang on this factor over its range; ST − S1: its share through interactions "
                + "(sobol.csv, with cost per 0.1 SD where the sweep kept costs).");
        section(b, "Factor effects", ReportTables.factorEffects(h), "Each factor's linear effect across its range in "
                + "the design, the others held fixed: a least-squares fit per replicate (factor_effects.csv).");
        section(b, "Equity: change in achievement gaps", ReportTables.equity(h), "Effect on the higher group minus "
                + "effect on the lower group; negative means the plan narrowed the gap (equity.csv).");
        for (SweepCharts.ChartFile c : charts) {
            if (c.subject() == h.subject()) {
                b.append(figure(c, folder));
            }
        }
        return b.toString();
    }

    /** A chart embedded as base64 PNG, captioned with its title and file names. */
    static String figure(SweepCharts.ChartFile c, Path folder) throws IOException {
        return "<figure>\n<img alt=\"" + Html.esc(c.title()) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(Files.readAllBytes(folder.resolve(c.png())))
                + "\">\n<figcaption>" + Html.esc(c.title()) + " (" + Html.esc(c.png()) + ", " + Html.esc(c.svg())
                + ")</figcaption>\n</figure>\n";
    }

    private static void section(StringBuilder b, String title, Optional<String> table, String note) {
        table.ifPresent(t -> b.append("<h3>").append(Html.esc(title)).append("</h3>\n<p class=\"note\">")
                .append(Html.esc(note)).append("</p>\n").append(t));
    }

    static String files(SweepResults results) {
        List<String> names = new ArrayList<>(List.of("runs.csv (every run and outcome)",
                "design.csv (the design points)", "summary.csv (each point and outcome over replicates)"));
        if (!results.components().isEmpty()) {
            names.add("effects_by_component.csv (main effects and interactions)");
        }
        if (!results.morris().isEmpty()) {
            names.add("morris.csv (μ*, μ, σ per factor and outcome)");
        }
        if (!results.sobol().isEmpty()) {
            names.add("sobol.csv (S1 and ST per factor, outcome and output)");
        }
        if (!results.factorEffects().isEmpty()) {
            names.add("factor_effects.csv (linear factor effects)");
        }
        if (results.design().type().equals(Design.SCENARIOS)) {
            names.add("cohort.csv (each grantee's effects by subject and subgroup, costs and coverage)");
        }
        if (!results.equity().isEmpty()) {
            names.add("equity.csv (changes in subgroup gaps)");
        }
        StringBuilder b = new StringBuilder("<h2>Files</h2>\n<ul>\n");
        names.forEach(n -> b.append("<li>").append(Html.esc(n)).append("</li>\n"));
        return b.append("</ul>\n<p class=\"note\">Columns are described in the PLSim manual "
                + "(src/site/markdown/sweeps.md). Numbers in this page are rounded to 3 decimals; the CSVs carry 6.</p>\n")
                .toString();
    }
}
