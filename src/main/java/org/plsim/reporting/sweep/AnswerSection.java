package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.plsim.analysis.sweep.Design;
import org.plsim.analysis.sweep.PointSummary;
import org.plsim.reporting.EffectWords;

/**
 * The section a sweep's report opens with: for each headline subject, the design points that do most, in words —
 * each one's effect with its 95% interval, percentile points, cost per student and per 0.1 SD — and the chart
 * that shows them against the rest (cost against effect when the sweep kept costs, else the effect by point).
 */
final class AnswerSection {
    static final String TITLE = "The answer";
    static final int BEST = 3;

    private AnswerSection() {
    }

    /** The chart of {@code subject} the answer shows, so that the subject's own section does not repeat it. */
    static Optional<SweepCharts.ChartFile> chart(HeadlineRows h, List<SweepCharts.ChartFile> charts) {
        String name = (h.results().hasCosts() ? CostEffectChart.NAME : EffectByPointChart.NAME) + "_"
                + h.subject().label();
        return charts.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    static String html(List<HeadlineRows> subjects, List<SweepCharts.ChartFile> charts, Path folder)
            throws IOException {
        StringBuilder b = new StringBuilder("<h2>").append(TITLE).append("</h2>\n");
        for (HeadlineRows h : subjects) {
            List<PointSummary> best = h.top(BEST);
            if (best.isEmpty()) {
                continue;
            }
            b.append("<div class=\"answer\">\n<p>").append(Html.esc(intro(h, best.size()))).append("</p>\n<ol>\n");
            for (PointSummary s : best) {
                b.append("<li>").append(Html.esc(sentence(h, s))).append("</li>\n");
            }
            b.append("</ol>\n");
            if (!EffectWords.clearOfZero(best.get(0).effect())) {
                b.append("<p>Even the best point's interval includes 0 (or it has one replicate): these replicates ")
                        .append("cannot tell it from no effect.</p>\n");
            }
            b.append("</div>\n");
            Optional<SweepCharts.ChartFile> chart = chart(h, charts);
            if (chart.isPresent()) {
                b.append(ReportSections.figure(chart.get(), folder));
            }
        }
        return b.toString();
    }

    /** e.g. "Of 16 design points, these do most for achievement (math) by year 4 …". */
    private static String intro(HeadlineRows h, int shown) {
        String points = h.results().design().type().equals(Design.SCENARIOS) ? " scenarios" : " design points";
        return "Of " + h.byPoint().size() + points + ", " + (shown == 1 ? "this does" : "these " + shown + " do")
                + " most for " + h.outcome() + " by school year " + h.headline().year() + " (all students, all "
                + "grades; effect against business as usual, paired by seed, with its 95% CI):";
    }

    private static String sentence(HeadlineRows h, PointSummary s) {
        StringBuilder b = new StringBuilder(h.label(s.point())).append(" (point ").append(s.point()).append("): ")
                .append(EffectWords.withInterval(s.effect(), EffectWords.unit(h.unit())));
        if (!Double.isNaN(s.percentileGain())) {
            b.append(", ").append(EffectWords.percentilePoints(s.percentileGain()));
        }
        if (!Double.isNaN(s.costToDate())) {
            int years = h.headline().year();
            b.append("; ").append(EffectWords.dollars(s.costToDate())).append(" per student over the first ")
                    .append(years == 1 ? "school year" : years + " school years");
            if (s.perTenthSd() != null) {
                b.append(", ").append(EffectWords.dollars(s.perTenthSd().mean())).append(" per student per 0.1 SD");
                if (s.perTenthSd().hasInterval()) {
                    b.append(" (95% CI ").append(EffectWords.dollars(s.perTenthSd().ciLow())).append(" to ")
                            .append(EffectWords.dollars(s.perTenthSd().ciHigh())).append(')');
                }
            }
        }
        return b.append('.').toString();
    }
}
