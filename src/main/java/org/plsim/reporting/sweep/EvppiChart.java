package org.plsim.reporting.sweep;

import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.plsim.analysis.sweep.Decision;
import org.plsim.analysis.sweep.Evppi;

/** The evidence parameters worth learning most: each one's EVPPI as a bar, the EVPI as the first bar. */
final class EvppiChart {
    static final String NAME = "evppi";
    static final int MAX_BARS = 15;

    private EvppiChart() {
    }

    static CategoryChart of(String sweepId, Decision d, double evpi, List<Evppi> rows, String outcome) {
        List<Evppi> shown = rows.subList(0, Math.min(MAX_BARS, rows.size()));
        String top = shown.size() < rows.size() ? "; top " + shown.size() + " of " + rows.size() : "";
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(sweepId + ": value of information, " + outcome + " (n = " + d.draws() + " draws" + top + ")")
                .xAxisTitle("Evidence parameter (all: every parameter at once, the EVPI)")
                .yAxisTitle("Expected value of perfect information (" + d.unit() + ")")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(45);
        chart.getStyler().setYAxisDecimalPattern(d.unit().equals("SD") ? "0.0000" : "#,##0");
        List<String> names = new java.util.ArrayList<>(List.of("all"));
        List<Number> values = new java.util.ArrayList<>(List.of(evpi));
        List<Number> floors = new java.util.ArrayList<>(List.of(0.0));
        shown.forEach(e -> {
            names.add(e.parameter());
            values.add(e.evppi());
            floors.add(e.noiseFloor());
        });
        chart.getStyler().setLegendVisible(true);
        CategorySeries s = chart.addSeries("value of information (EVPI, then EVPPI)", names, values);
        s.setFillColor(ChartStyle.PALETTE.get(0));
        CategorySeries f = chart.addSeries("noise floor: 95th percentile of shuffled draws", names, floors);
        f.setFillColor(ChartStyle.MUTED);
        return chart;
    }
}
