package org.plsim.reporting.sweep;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.plsim.analysis.sweep.Frontier;
import org.plsim.analysis.sweep.PointSummary;

/**
 * Each design point's cost per student through the last year against its headline effect (95% CI bars),
 * with the efficient frontier ({@link Frontier}) marked, joined and labelled.
 */
final class CostEffectChart {
    static final String NAME = "cost_effect";

    private CostEffectChart() {
    }

    /** The points with a cost, and which of them are on the frontier (same order). */
    record Frontiered(List<PointSummary> rows, boolean[] onFrontier) {
        static Frontiered of(HeadlineRows h) {
            List<PointSummary> rows = h.byPoint().stream().filter(s -> !Double.isNaN(s.costToDate())).toList();
            return new Frontiered(rows, Frontier.efficient(rows.stream().mapToDouble(PointSummary::costToDate).toArray(),
                    rows.stream().mapToDouble(s -> s.effect().mean()).toArray()));
        }
    }

    static Optional<XYChart> of(HeadlineRows h) {
        Frontiered f = Frontiered.of(h);
        if (f.rows().isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(h.sweepId() + ": cost and effect on " + h.outcome() + ", year " + h.headline().year() + " ("
                        + ChartStyle.replicates(f.rows()) + "; frontier joined)")
                .xAxisTitle("Cost per student, years 1-" + h.headline().year() + " (US dollars)" + h.keyNote())
                .yAxisTitle("Effect vs business as usual (" + h.unit() + ")")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        chart.getStyler().setYAxisDecimalPattern("0.000");
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        List<PointSummary> on = new ArrayList<>();
        List<PointSummary> off = new ArrayList<>();
        for (int i = 0; i < f.rows().size(); i++) {
            (f.onFrontier()[i] ? on : off).add(f.rows().get(i));
        }
        on.sort(Comparator.comparingDouble(PointSummary::costToDate).thenComparingInt(PointSummary::point));
        if (!off.isEmpty()) {
            XYSeries others = series(chart, "other points", off, false);
            others.setMarkerColor(ChartStyle.MUTED);
            others.setLineColor(ChartStyle.MUTED); // XChart draws error bars in the line colour
        }
        XYSeries frontier = series(chart, "efficient frontier", on, true);
        frontier.setMarkerColor(ChartStyle.HIGHLIGHT);
        frontier.setLineColor(ChartStyle.HIGHLIGHT);
        frontier.setLineStyle(new BasicStroke(2f));
        double[] span = span(f.rows());
        for (PointSummary s : on) { // labels just above their points
            chart.addAnnotation(new AnnotationText(h.shortLabel(s.point()), s.costToDate(),
                    s.effect().mean() + 0.04 * span[1], false));
        }
        chart.getStyler().setXAxisMax(span[0] * 1.08);
        return Optional.of(chart);
    }

    /** The largest cost, and the range of the effects with their intervals. */
    private static double[] span(List<PointSummary> rows) {
        double maxCost = rows.stream().mapToDouble(PointSummary::costToDate).max().orElse(1);
        double hi = rows.stream().mapToDouble(r -> r.effect().mean() + ChartStyle.halfWidth(r.effect())).max().orElse(0);
        double lo = rows.stream().mapToDouble(r -> r.effect().mean() - ChartStyle.halfWidth(r.effect())).min().orElse(0);
        return new double[] {maxCost > 0 ? maxCost : 1, hi > lo ? hi - lo : 1};
    }

    private static XYSeries series(XYChart chart, String name, List<PointSummary> rows, boolean joined) {
        XYSeries s = chart.addSeries(name, rows.stream().mapToDouble(PointSummary::costToDate).toArray(),
                rows.stream().mapToDouble(r -> r.effect().mean()).toArray(),
                rows.stream().mapToDouble(r -> ChartStyle.halfWidth(r.effect())).toArray());
        s.setXYSeriesRenderStyle(joined ? XYSeries.XYSeriesRenderStyle.Line : XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(joined ? SeriesMarkers.DIAMOND : SeriesMarkers.CIRCLE);
        return s;
    }
}
