package org.plsim.reporting.sweep;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
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
import org.plsim.reporting.ChartLook;

/**
 * Each design point's cost per student through the last year against its headline effect (95% CI bars),
 * with the efficient frontier ({@link Frontier}) marked, joined and labelled (a label below its point when above
 * it would overlap a neighbour's).
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
        label(chart, on, h, span);
        chart.getStyler().setXAxisMax(span[0] * 1.08);
        return Optional.of(chart);
    }

    /**
     * Labels the frontier's points just above each, or just below when the label above would overlap one placed
     * before it (two points close in cost and effect). Label boxes are worked out in data units from the
     * annotation font and the plot's approximate size in pixels.
     */
    private static void label(XYChart chart, List<PointSummary> on, HeadlineRows h, double[] span) {
        List<String> texts = on.stream().map(s -> h.shortLabel(s.point())).toList();
        double[] x = on.stream().mapToDouble(PointSummary::costToDate).toArray();
        double[] y = on.stream().mapToDouble(s -> s.effect().mean()).toArray();
        double[] at = labelHeights(texts, x, y, chart.getStyler().getAnnotationTextFont(),
                span[0] * 1.08 / (ChartStyle.WIDTH - ChartStyle.OUTSIDE_PLOT),
                span[1] * 1.1 / (ChartStyle.HEIGHT - OUTSIDE_PLOT_HEIGHT), 0.04 * span[1]);
        for (int i = 0; i < texts.size(); i++) {
            chart.addAnnotation(new AnnotationText(texts.get(i), x[i], at[i], false));
        }
    }

    /**
     * Where each label goes, in data units: {@code lift} above its point ({@code x}, {@code y}), or as far below
     * when above would overlap a label placed before it and below would not.
     */
    static double[] labelHeights(List<String> texts, double[] x, double[] y, Font font, double xPerPixel,
                                 double yPerPixel, double lift) {
        List<double[]> placed = new ArrayList<>();
        double[] at = new double[texts.size()];
        for (int i = 0; i < at.length; i++) {
            Rectangle2D bounds = ChartLook.textBounds(font, texts.get(i));
            double halfWidth = (bounds.getWidth() / 2 + LABEL_GAP) * xPerPixel;
            double height = bounds.getHeight() * yPerPixel;
            double above = y[i] + lift;
            double below = y[i] - lift - height;
            at[i] = overlaps(placed, x[i], above, halfWidth, height) && !overlaps(placed, x[i], below, halfWidth, height)
                    ? below : above;
            placed.add(new double[] {x[i] - halfWidth, x[i] + halfWidth, at[i] - height / 2, at[i] + height / 2});
        }
        return at;
    }

    /** Pixels kept free on each side of a label (the plot's size in pixels is an estimate). */
    private static final int LABEL_GAP = 5;

    /** Pixels of the chart's height that are not its plot: title, axis labels and title, legend, paddings. */
    private static final int OUTSIDE_PLOT_HEIGHT = 160;

    private static boolean overlaps(List<double[]> placed, double x, double y, double halfWidth, double height) {
        for (double[] b : placed) {
            if (x - halfWidth < b[1] && x + halfWidth > b[0] && y - height / 2 < b[3] && y + height / 2 > b[2]) {
                return true;
            }
        }
        return false;
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
