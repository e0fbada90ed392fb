package org.plsim.reporting.sweep;

import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.plsim.analysis.sweep.AcceptabilityRow;

/**
 * Acceptability curves: for each plan, the share of evidence draws in which its cost per 0.1 SD is within the
 * willingness to pay, against that willingness to pay; and the frontier, the share of draws in which the option
 * with the highest expected net benefit is the best option.
 */
final class CeacChart {
    static final String NAME = "ceac";

    private CeacChart() {
    }

    static XYChart of(String sweepId, String outcome, List<String> labels, List<AcceptabilityRow> rows) {
        int draws = rows.isEmpty() ? 0 : rows.get(0).draws();
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(sweepId + ": acceptability, " + outcome + ", n = " + draws + " draws")
                .xAxisTitle("willingness to pay ($ per student per year for each 0.1 SD)")
                .yAxisTitle("probability cost-effective (share of draws, 0–1)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisDecimalPattern("$#,##0");
        chart.getStyler().setYAxisDecimalPattern("0.00");
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        List<String> names = ShortLabels.unique(labels);
        for (int p = 0; p < labels.size(); p++) {
            final int pp = p;
            List<AcceptabilityRow> mine = rows.stream().filter(r -> r.point() == pp).toList();
            XYSeries s = chart.addSeries(names.get(p),
                    mine.stream().mapToDouble(AcceptabilityRow::wtp).toArray(),
                    mine.stream().mapToDouble(AcceptabilityRow::probabilityBelowWtp).toArray());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
        }
        List<AcceptabilityRow> frontier = rows.stream().filter(AcceptabilityRow::onFrontier).toList();
        XYSeries f = chart.addSeries("frontier: share of draws best",
                frontier.stream().mapToDouble(AcceptabilityRow::wtp).toArray(),
                frontier.stream().mapToDouble(AcceptabilityRow::probabilityBest).toArray());
        f.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        f.setMarker(SeriesMarkers.DIAMOND);
        f.setMarkerColor(ChartStyle.HIGHLIGHT);
        return chart;
    }
}
