package org.plsim.reporting.sweep;

import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.plsim.analysis.sweep.PeelingStep;
import org.plsim.analysis.sweep.PeelingTrajectory;
import org.plsim.analysis.sweep.ScenarioDiscovery;

/**
 * PRIM's trade-off: each box of the peeling trajectory at (coverage, density). Peeling walks from the right
 * (every success covered, density the base rate) to the upper left; the chosen box is marked.
 */
final class PrimChart {
    static final String NAME = "prim-tradeoff";

    private PrimChart() {
    }

    static XYChart of(String sweepId, ScenarioDiscovery.Found found) {
        PeelingTrajectory t = found.trajectory();
        List<PeelingStep> steps = t.steps();
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(sweepId + ": scenario discovery (PRIM), " + found.successes() + " of " + found.runs()
                        + " runs pass")
                .xAxisTitle("coverage (share of the runs that pass which fall in the box, 0–1)")
                .yAxisTitle("density (share of the box's runs that pass, 0–1)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(1.0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setXAxisDecimalPattern("0.00");
        chart.getStyler().setYAxisDecimalPattern("0.00");
        double[] coverage = steps.stream().mapToDouble(s -> zeroIfNaN(s.coverage())).toArray();
        double[] density = steps.stream().mapToDouble(s -> zeroIfNaN(s.density())).toArray();
        XYSeries path = chart.addSeries("boxes peeled (α = " + t.alpha() + ") for " + found.rule().describe(),
                coverage, density);
        path.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        path.setMarker(SeriesMarkers.CIRCLE);
        PeelingStep box = t.chosenBox();
        XYSeries chosen = chart.addSeries("chosen box (step " + box.step() + ")",
                new double[] {zeroIfNaN(box.coverage())}, new double[] {zeroIfNaN(box.density())});
        chosen.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chosen.setMarker(SeriesMarkers.DIAMOND);
        chosen.setMarkerColor(ChartStyle.HIGHLIGHT);
        return chart;
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
