package org.plsim.web;

import java.util.List;
import java.util.Optional;
import org.plsim.analysis.ComparedEffect;
import org.plsim.analysis.MeanEstimate;
import org.plsim.analysis.PlanComparison;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subject;
import org.plsim.reporting.svg.ChartSeries;
import org.plsim.reporting.svg.ComparisonSvg;

/**
 * The {@code #compare} section: the plan as proposed (A) beside the reviewer's change (B), the paired
 * difference B − A with its interval, how much narrower that interval is than two separate intervals would
 * give, and B − A year by year as a chart with a table beside it. A and B ran the same simulated futures from
 * the same seed, so the difference is taken future by future and the noise they share cancels.
 */
final class CompareView {
    static final String NO_CHANGE = "This is the plan as proposed; change a control to compare.";

    private CompareView() {
    }

    static String render(PlanPair pair) {
        StringBuilder b = new StringBuilder("<section id=\"compare\" aria-labelledby=\"compare-heading\">\n"
                + "<h3 id=\"compare-heading\">Compared with the plan as proposed</h3>\n");
        if (!pair.changed()) {
            return b.append("<p id=\"compare-none\" class=\"note\">").append(NO_CHANGE).append("</p>\n</section>\n")
                    .toString();
        }
        PlanComparison c = pair.comparison();
        int year = pair.b().finalYear();
        List<ComparedEffect> rows = c.headline(Measure.ACHIEVEMENT).stream().filter(e -> e.key().year() >= 1).toList();
        b.append(Html.fmt("<p class=\"note\">A is the plan as proposed, B this view. Both ran the same %d simulated "
                + "futures from seed %d (the same students, the same draws), so B − A is taken future by future and "
                + "only the change shows in it.</p>\n", c.replicates(), pair.b().asRead().seed()));
        b.append(headline(pair, rows, year));
        b.append("<ul id=\"narrowing\">\n");
        for (Subject s : Subject.TESTED) {
            at(rows, year, s).ifPresent(e -> b.append("<li id=\"narrowing-").append(s.label()).append("\">")
                    .append(narrowing(e)).append("</li>\n"));
        }
        b.append("</ul>\n");
        return b.append(byYear(rows)).append("</section>\n").toString();
    }

    /** A beside B in the final year, B − A with its interval, and the cost per student per year. */
    private static String headline(PlanPair pair, List<ComparedEffect> rows, int year) {
        StringBuilder b = new StringBuilder(Html.fmt("<table id=\"compare-headline\">\n<caption>Year %d: the plan as "
                + "proposed (A) beside this view (B), effect in SD with 95%% intervals</caption>\n<thead><tr><th scope="
                + "\"col\">Outcome</th><th scope=\"col\">A: as proposed</th><th scope=\"col\">B: this view</th><th scope="
                + "\"col\">B − A (paired)</th><th scope=\"col\">±, two separate intervals</th></tr></thead>\n<tbody>\n",
                year));
        for (Subject s : Subject.TESTED) {
            at(rows, year, s).ifPresent(e -> {
                String l = s.label();
                b.append("<tr><th scope=\"row\">").append(capital(l)).append("</th><td id=\"compare-a-").append(l)
                        .append("\">").append(estimate(e.a())).append("</td><td id=\"compare-b-").append(l).append("\">")
                        .append(estimate(e.b())).append("</td><td><strong id=\"diff-").append(l).append("\">")
                        .append(Html.sd(e.difference().mean())).append("</strong> <span class=\"ci\" id=\"diff-ci-")
                        .append(l).append("\">").append(ResultsView.interval(e.difference(), "%+.3f"))
                        .append("</span></td><td>").append(halfWidth(e.separateHalfWidth())).append("</td></tr>\n");
            });
        }
        // Whole dollars, as shown, so that the difference is the one a reader computes from the two cells.
        double a = Math.round(pair.a().costPerStudentYear().orElse(0));
        double bCost = Math.round(pair.b().costPerStudentYear().orElse(0));
        b.append("<tr><th scope=\"row\">Cost per student per year</th><td id=\"compare-a-cost\">")
                .append(Html.dollars(a)).append("</td><td id=\"compare-b-cost\">").append(Html.dollars(bCost))
                .append("</td><td id=\"diff-cost\">").append(bCost - a < 0 ? "-" : "+")
                .append(Html.dollars(Math.abs(bCost - a))).append("</td><td>— (the plan fixes its cost)</td></tr>\n");
        return b.append("</tbody>\n</table>\n").toString();
    }

    /** "Math: the paired interval is 2.7× narrower than two separate intervals (±0.012 SD against ±0.033 SD)." */
    static String narrowing(ComparedEffect e) {
        String s = capital(e.key().subject().label());
        double k = e.narrowing();
        if (Double.isInfinite(k)) {
            return Html.fmt("%s: B − A was the same in every simulated future, so its paired interval has no width; "
                    + "two separate intervals would leave ±%.3f SD.", s, e.separateHalfWidth());
        }
        if (Double.isNaN(k)) {
            return s + ": neither plan's effect varied over the simulated futures; there is no interval to narrow.";
        }
        return Html.fmt("%s: the paired interval is %.1f× narrower than two separate intervals would be "
                + "(±%.3f SD against ±%.3f SD): running both plans on the same simulated futures removes the noise "
                + "they share.", s, k, e.difference().halfWidth(), e.separateHalfWidth());
    }

    /** B − A by year: the chart with its band, and the table beside it. */
    private static String byYear(List<ComparedEffect> rows) {
        StringBuilder b = new StringBuilder("<h4 id=\"compare-by-year-heading\">B − A year by year</h4>\n"
                + "<div class=\"chart-and-table\">\n<figure id=\"chart-compare\" class=\"chart\">\n");
        List<ChartSeries> series = new java.util.ArrayList<>();
        for (Subject s : Subject.TESTED) {
            List<ComparedEffect> one = rows.stream().filter(e -> e.key().subject() == s).toList();
            if (!one.isEmpty()) {
                series.add(ChartSeries.differences("B − A, " + s.label(), one));
            }
        }
        if (!series.isEmpty()) {
            b.append(ComparisonSvg.render("svg-compare", "B − A: effect on achievement by school year", series))
                    .append('\n');
        }
        b.append("<figcaption>The change's effect (B minus A, all students) with its paired 95% band; a band clear "
                + "of the dashed line at 0 is a difference the simulated futures resolve. The table holds every "
                + "number.</figcaption>\n</figure>\n<table id=\"table-compare\">\n<caption>A, B and B − A on "
                + "achievement (SD, 95% intervals)</caption>\n<thead><tr><th scope=\"col\">Year</th><th scope=\"col\">"
                + "Subject</th><th scope=\"col\">A</th><th scope=\"col\">B</th><th scope=\"col\">B − A</th>"
                + "<th scope=\"col\">Narrower by</th></tr></thead>\n<tbody>\n");
        for (ComparedEffect e : rows) {
            double k = e.narrowing();
            b.append("<tr><td>").append(e.key().year()).append("</td><td>").append(e.key().subject().label())
                    .append("</td><td>").append(estimate(e.a())).append("</td><td>").append(estimate(e.b()))
                    .append("</td><td>").append(estimate(e.difference())).append("</td><td>")
                    .append(Double.isFinite(k) ? Html.fmt("%.1f×", k) : "—").append("</td></tr>\n");
        }
        return b.append("</tbody>\n</table>\n</div>\n").toString();
    }

    private static Optional<ComparedEffect> at(List<ComparedEffect> rows, int year, Subject s) {
        return rows.stream().filter(e -> e.key().year() == year && e.key().subject() == s).findFirst();
    }

    private static String estimate(MeanEstimate e) {
        return Html.sd(e.mean()) + " " + ResultsView.interval(e, "%+.3f");
    }

    private static String halfWidth(double hw) {
        return Double.isFinite(hw) ? Html.fmt("±%.3f", hw) : "—";
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
