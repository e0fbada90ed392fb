package org.plsim.reporting.sweep;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.plsim.analysis.sweep.PointSummary;

/**
 * The headline effect by year of the {@link #TOP} design points with the largest last-year effect, one line
 * each, against business as usual (the zero line: every effect is paired with it).
 */
final class TrajectoriesChart {
    static final String NAME = "trajectories";
    static final int TOP = 8;

    private TrajectoriesChart() {
    }

    static XYChart of(HeadlineRows h) {
        List<PointSummary> top = h.top(TOP);
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(h.sweepId() + ": effect on " + h.outcome() + " by year, top " + top.size() + " of "
                        + h.byPoint().size() + " (" + ChartStyle.replicates(top) + ")")
                .xAxisTitle("School year of the grant (0 = baseline fall)")
                .yAxisTitle("Effect vs business as usual (" + h.unit() + ")")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0.000");
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        int firstYear = Integer.MAX_VALUE;
        for (int i = 0; i < top.size(); i++) {
            int point = top.get(i).point();
            List<Double> years = new ArrayList<>();
            List<Double> effects = new ArrayList<>();
            for (int y = 0; y <= h.headline().year(); y++) {
                final int year = y;
                h.at(point, y).ifPresent(s -> {
                    years.add((double) year);
                    effects.add(s.effect().mean());
                });
            }
            if (!years.isEmpty()) {
                firstYear = Math.min(firstYear, years.get(0).intValue());
                XYSeries line = chart.addSeries(h.shortLabel(point), years, effects);
                line.setMarker(SeriesMarkers.CIRCLE);
                line.setLineColor(ChartStyle.PALETTE.get(i % ChartStyle.PALETTE.size()));
                line.setMarkerColor(ChartStyle.PALETTE.get(i % ChartStyle.PALETTE.size()));
            }
        }
        int from = firstYear == Integer.MAX_VALUE ? 0 : firstYear;
        XYSeries bau = chart.addSeries("business as usual", new double[] {from, h.headline().year()}, new double[] {0, 0});
        bau.setLineColor(ChartStyle.MUTED);
        bau.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        bau.setMarker(SeriesMarkers.NONE);
        for (String entry : h.shortLabels().keyEntries()) { // the key to the abbreviations, as legend lines
            XYSeries note = chart.addSeries(entry, new double[] {from}, new double[] {0});
            note.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            note.setMarker(SeriesMarkers.NONE);
            note.setMarkerColor(new java.awt.Color(0, 0, 0, 0));
        }
        return chart;
    }
}
