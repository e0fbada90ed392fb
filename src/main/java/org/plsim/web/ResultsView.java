package org.plsim.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.GuardRails;
import org.plsim.analysis.KraftBand;
import org.plsim.analysis.MeanEstimate;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.reporting.svg.ChartSeries;
import org.plsim.reporting.svg.EffectTrajectorySvg;

/**
 * The results of one projection: the headline card per subject, risk in plain words, the effect year by year
 * (chart and table), the aligned measure and non-test outcomes, subgroups, the comparison with the plan as
 * proposed ({@link CompareView}), then the evidence panel. The same
 * markup serves the live page and the export.
 */
final class ResultsView {
    private static final List<Measure> OTHER = List.of(Measure.ALIGNED_MASTERY, Measure.ATTENDANCE,
            Measure.CHRONIC_ABSENCE, Measure.ENGAGEMENT, Measure.ON_TRACK, Measure.GRADUATION,
            Measure.COLLEGE_ENROLLMENT, Measure.COHORT_GRADUATION, Measure.COLLEGE_WITHIN_2, Measure.COLLEGE_CREDITS);

    private ResultsView() {
    }

    /**
     * The {@code #results} section of the view {@code pair.b()}, compared with the plan as proposed {@code pair.a()}.
     *
     * @param refine the query that fetches the full projection when {@code p} is a preview (htmx loads it at
     *               once; without JavaScript it is a link), else null
     */
    static String render(PlanPair pair, Map<String, List<String>> warnings, EvidencePanel evidence, String refine) {
        Projection p = pair.b();
        StringBuilder b = new StringBuilder("<section id=\"results\" aria-labelledby=\"results-heading\" aria-live=\"polite\"");
        b.append(" class=\"").append(p.preview() ? "results preview" : "results").append("\"");
        if (refine != null) {
            b.append(" hx-get=\"/plan/results?").append(Html.esc(refine)).append("\" hx-trigger=\"load\" ")
                    .append("hx-swap=\"outerHTML\"");
        }
        b.append(">\n<h2 id=\"results-heading\">Projection, year ").append(p.finalYear()).append("</h2>\n");
        if (p.preview()) {
            b.append("<p id=\"preview-note\" class=\"note\" role=\"status\"><strong>Preview</strong> from ")
                    .append(p.replicates()).append(" simulated futures; the full run replaces it when it is done.")
                    .append(refine == null ? "" : " <noscript><a href=\"/plan/results?" + Html.esc(refine)
                            + "\">Show the full result</a></noscript>").append("</p>\n");
        }
        b.append(Html.fmt("<p id=\"run-facts\" class=\"note\">%d simulated futures (paired replicates), seed %d; "
                + "effects are the plan minus business as usual for the same students, in student-level SD units.</p>\n",
                p.replicates(), p.asRead().seed()));
        b.append(ControlPanel.warnings("warnings-general", warnings.getOrDefault("", List.of()), false));
        b.append("<div class=\"cards\">\n");
        for (Subject s : Subject.TESTED) {
            p.achievement(p.finalYear(), s).ifPresent(row -> b.append(card(p, row)));
        }
        b.append("</div>\n");
        p.costPerStudentYear().ifPresent(c -> b.append("<p id=\"cost-per-student\">Cost: <strong>")
                .append(Html.dollars(c)).append("</strong> per student per year (average over ").append(p.finalYear())
                .append(" years, central prices).</p>\n"));
        b.append(risk(p));
        b.append(byYear(p));
        b.append(others(p));
        b.append(subgroups(p));
        b.append(CompareView.render(pair));
        b.append(evidence.render(p));
        return b.append("</section>\n").toString();
    }

    private static String card(Projection p, EffectSummary row) {
        String s = row.key().subject().label();
        MeanEstimate e = row.effect();
        StringBuilder b = new StringBuilder("<div class=\"card\" id=\"headline-").append(s).append("\">\n<h3>")
                .append(capital(s)).append("</h3>\n<p class=\"effect\"><span id=\"effect-").append(s).append("\">")
                .append(Html.sd(e.mean())).append(" SD</span> <span class=\"ci\" id=\"ci-").append(s).append("\">")
                .append(interval(e, "%+.3f")).append("</span></p>\n<p class=\"note\" id=\"who-").append(s).append("\">")
                .append(Html.esc(capital(Subgroup.ALL.title()))).append("</p>\n")
                .append(served(p, row)).append("<p id=\"percentile-").append(s).append("\">")
                .append(Html.fmt("%+.1f percentile points", row.percentileGain())).append(" for a median student</p>\n")
                .append("<p id=\"kraft-").append(s).append("\">Kraft band: <strong>")
                .append(row.band().map(KraftBand::label).orElse("—")).append("</strong></p>\n");
        Optional<double[]> ce = p.costPerTenth(row);
        b.append("<p id=\"cost-per-tenth-").append(s).append("\">");
        if (ce.isPresent()) {
            double[] c = ce.get();
            b.append("<strong>").append(Html.dollars(c[1])).append("</strong> per student per 0.1 SD ")
                    .append(Double.isNaN(c[0]) ? "" : "(95% interval " + Html.dollars(c[0]) + " to "
                            + (Double.isInfinite(c[2]) ? "no upper bound: the effect may be 0" : Html.dollars(c[2])) + ")");
        } else {
            b.append("Cost per 0.1 SD: not estimable (no cost, or the effect is not positive)");
        }
        return b.append("</p>\n</div>\n").toString();
    }

    /**
     * The effect on the students served beside the whole district's: the treatment-on-the-treated view trials
     * quote, with how many were served; or that none were.
     */
    private static String served(Projection p, EffectSummary row) {
        String s = row.key().subject().label();
        Optional<EffectSummary> served = p.find(row.key().year(), Measure.ACHIEVEMENT, row.key().subject(),
                Subgroup.SERVED);
        StringBuilder b = new StringBuilder("<p id=\"served-").append(s).append("\">");
        if (served.isEmpty()) {
            return b.append("Students served: none, so no effect on them.</p>\n").toString();
        }
        MeanEstimate e = served.get().effect();
        return b.append(Html.esc(capital(Subgroup.SERVED.title()))).append(": <strong>").append(Html.sd(e.mean()))
                .append(" SD</strong> ").append(interval(e, "%+.3f"))
                .append(Html.fmt(", %,.0f students", p.servedStudents(row.key().year()))).append("</p>\n").toString();
    }

    private static String risk(Projection p) {
        StringBuilder b = new StringBuilder("<h3 id=\"risk-heading\">How sure?</h3>\n<ul id=\"risk\">\n");
        for (Subject s : Subject.TESTED) {
            int[] n = p.futuresAbove(s, Projection.WORTHWHILE_SD);
            int[] pos = p.futuresAbove(s, 0);
            if (n[1] > 0) {
                b.append(Html.fmt("<li id=\"risk-%s\">In %d of %d simulated futures the year-%d effect on %s exceeds "
                        + "%.2f SD; in %d it is above 0.</li>\n", s.label(), n[0], n[1], p.finalYear(), s.label(),
                        Projection.WORTHWHILE_SD, pos[0]));
            }
        }
        return b.append("</ul>\n").toString();
    }

    /** The effect by year: the chart with its 95% bands beside the table that holds every number. */
    private static String byYear(Projection p) {
        List<ChartSeries> series = new ArrayList<>();
        for (Subject s : Subject.TESTED) {
            List<EffectSummary> one = p.byYear().stream().filter(r -> r.key().subject() == s).toList();
            if (!one.isEmpty()) {
                series.add(ChartSeries.effects(capital(s.label()), one));
            }
        }
        StringBuilder b = new StringBuilder("<h3 id=\"by-year-heading\">Effect year by year</h3>\n"
                + "<div class=\"chart-and-table\">\n<figure id=\"chart-by-year\" class=\"chart\">\n");
        if (!series.isEmpty()) {
            b.append(EffectTrajectorySvg.render("svg-by-year", "Effect on achievement by school year", series))
                    .append('\n');
        }
        b.append(Html.fmt("<figcaption>The plan's effect on achievement (all students) by school year; the bands are "
                        + "95%% intervals over %d simulated futures. The table beside it holds every number.</figcaption>\n"
                        + "</figure>\n", p.replicates()))
                .append("<table id=\"table-by-year\">\n<caption>Effect on achievement, whole district (all students) (SD, 95% interval)"
                        + "</caption>\n<thead><tr><th scope=\"col\">Year</th><th scope=\"col\">Subject</th>"
                        + "<th scope=\"col\">Effect</th><th scope=\"col\">95% interval</th>"
                        + "<th scope=\"col\">Percentile points</th></tr></thead>\n<tbody>\n");
        for (EffectSummary row : p.byYear()) {
            b.append("<tr><td>").append(row.key().year()).append("</td><td>").append(row.key().subject().label())
                    .append("</td><td>").append(Html.sd(row.effect().mean())).append("</td><td>")
                    .append(interval(row.effect(), "%+.3f")).append("</td><td>")
                    .append(Html.fmt("%+.1f", row.percentileGain())).append("</td></tr>\n");
        }
        return b.append("</tbody>\n</table>\n</div>\n").toString();
    }

    private static String others(Projection p) {
        StringBuilder b = new StringBuilder("<h3 id=\"outcomes-heading\">Other outcomes, year ").append(p.finalYear())
                .append("</h3>\n<table id=\"table-outcomes\">\n<caption>Effect of the plan (95% interval); shares in "
                        + "percentage points</caption>\n<thead><tr><th scope=\"col\">Outcome</th><th scope=\"col\">"
                        + "Effect</th><th scope=\"col\">95% interval</th><th scope=\"col\">Unit</th></tr></thead>\n<tbody>\n");
        for (Measure m : OTHER) {
            for (Subject s : m == Measure.ALIGNED_MASTERY ? Subject.TESTED : new Subject[] {Subject.ALL}) {
                p.find(p.finalYear(), m, s, Subgroup.ALL).ifPresent(row -> {
                    boolean share = m.unit().startsWith("share");
                    double k = share ? 100 : 1;
                    MeanEstimate e = row.effect();
                    String name = m.label().replace('_', ' ') + (s == Subject.ALL ? "" : ", " + s.label());
                    b.append("<tr><th scope=\"row\">").append(Html.esc(name)).append("</th><td>")
                            .append(Html.fmt(share ? "%+.2f" : "%+.3f", k * e.mean())).append("</td><td>")
                            .append(e.hasInterval() ? Html.fmt(share ? "[%+.2f, %+.2f]" : "[%+.3f, %+.3f]",
                                    k * e.ciLow(), k * e.ciHigh()) : "—").append("</td><td>")
                            .append(Html.esc(share ? "points (" + m.unit() + ")" : m.unit())).append("</td></tr>\n");
                });
            }
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    private static String subgroups(Projection p) {
        StringBuilder b = new StringBuilder("<h3 id=\"subgroups-heading\">Subgroups, year ").append(p.finalYear())
                .append("</h3>\n<table id=\"table-subgroups\">\n<caption>Effect on achievement by subgroup (SD); a "
                        + "larger effect for a group behind narrows its gap</caption>\n<thead><tr><th scope=\"col\">"
                        + "Students</th><th scope=\"col\">Math</th><th scope=\"col\">Reading</th></tr></thead>\n<tbody>\n");
        for (Subgroup g : Subgroup.values()) {
            Optional<EffectSummary> m = p.find(p.finalYear(), Measure.ACHIEVEMENT, Subject.MATH, g);
            Optional<EffectSummary> r = p.find(p.finalYear(), Measure.ACHIEVEMENT, Subject.READING, g);
            if (m.isPresent() || r.isPresent()) {
                String name = g == Subgroup.ALL || g == Subgroup.SERVED ? g.title() : g.label().replace('_', ' ');
                b.append("<tr><th scope=\"row\">").append(Html.esc(name)).append("</th><td>")
                        .append(m.map(x -> Html.sd(x.effect().mean()) + " " + interval(x.effect(), "%+.3f")).orElse("—"))
                        .append("</td><td>")
                        .append(r.map(x -> Html.sd(x.effect().mean()) + " " + interval(x.effect(), "%+.3f")).orElse("—"))
                        .append("</td></tr>\n");
            }
        }
        b.append("</tbody>\n</table>\n");
        b.append(Html.fmt("<p class=\"note\">Guard-rail: no year should add more than %.2f SD on standardized tests "
                + "(Kraft 2020: the median effect of 747 RCTs is 0.10 SD).</p>\n", GuardRails.MAX_STANDARDIZED_PER_YEAR));
        return b.toString();
    }

    static String interval(MeanEstimate e, String format) {
        return e.hasInterval() ? "[" + Html.fmt(format, e.ciLow()) + ", " + Html.fmt(format, e.ciHigh()) + "]" : "—";
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
