package org.plsim.reporting.sweep;

import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.plsim.analysis.sweep.MorrisIndex;

/**
 * Morris screening of the headline outcome: each factor at (μ*, σ). Far right: important; high: its effect
 * depends on the other factors or is not linear; near the origin: negligible.
 */
final class MorrisChart {
    static final String NAME = "morris";

    private MorrisChart() {
    }

    static Optional<XYChart> of(HeadlineRows h) {
        List<MorrisIndex> rows = h.results().morris().stream()
                .filter(m -> m.key().equals(h.headline().key(h.subject())) && !Double.isNaN(m.sigma()))
                .sorted(java.util.Comparator.comparingInt(MorrisIndex::rank)).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int steps = rows.stream().mapToInt(MorrisIndex::steps).max().orElse(0);
        int replicates = rows.stream().mapToInt(m -> m.mu().n()).max().orElse(0);
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(h.sweepId() + ": Morris screening, " + h.outcome() + ", year " + h.headline().year()
                        + " (n = " + replicates + " replicates)")
                .xAxisTitle("μ*, mean |elementary effect| over up to " + steps + " trajectories (" + h.unit()
                        + " per factor range)")
                .yAxisTitle("σ of elementary effects (" + h.unit() + " per factor range)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setXAxisDecimalPattern("0.000");
        chart.getStyler().setYAxisDecimalPattern("0.000");
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        for (MorrisIndex m : rows) {
            XYSeries s = chart.addSeries(m.rank() + ". " + m.factor(), new double[] {m.muStar()},
                    new double[] {m.sigma()});
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        return Optional.of(chart);
    }
}
