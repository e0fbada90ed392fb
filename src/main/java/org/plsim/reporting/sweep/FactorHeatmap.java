package org.plsim.reporting.sweep;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.plsim.analysis.sweep.Design;
import org.plsim.analysis.sweep.PointSummary;

/**
 * A factorial design's first two factors against each other: each cell the mean last-year headline effect of
 * the points at those two levels, averaged over the other factors' levels.
 */
final class FactorHeatmap {
    static final String NAME = "heatmap";

    private FactorHeatmap() {
    }

    /** Whether the design is a factorial with two factors of two or more levels each. */
    static boolean applies(Design d) {
        return d.type().equals(Design.FACTORIAL) && d.factors().size() >= 2 && d.values(0).size() >= 2
                && d.values(1).size() >= 2;
    }

    static Optional<HeatMapChart> of(HeadlineRows h) {
        Design d = h.results().design();
        List<PointSummary> rows = h.byPoint();
        if (!applies(d) || rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> xs = levels(d, 0);
        List<String> ys = levels(d, 1);
        List<Number[]> cells = new ArrayList<>();
        int perCell = 0;
        for (int i = 0; i < xs.size(); i++) {
            for (int j = 0; j < ys.size(); j++) {
                final int ii = i;
                final int jj = j;
                List<PointSummary> here = rows.stream().filter(s -> d.text().get(s.point()).get(0).equals(xs.get(ii))
                        && d.text().get(s.point()).get(1).equals(ys.get(jj))).toList();
                perCell = Math.max(perCell, here.size());
                if (!here.isEmpty()) {
                    cells.add(new Number[] {i, j, here.stream().mapToDouble(s -> s.effect().mean()).average().orElseThrow()});
                }
            }
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(h.sweepId() + ": effect on " + h.outcome() + " in " + h.unit() + ", year " + h.headline().year() + " ("
                        + ChartStyle.replicates(rows) + (perCell > 1 ? "; cells average " + perCell + " points" : "")
                        + ")")
                .xAxisTitle(d.factors().get(0)).yAxisTitle(d.factors().get(1)).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setShowValue(true);
        chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.getStyler().setHeatMapValueDecimalPattern("0.000");
        double lo = cells.stream().mapToDouble(c -> c[2].doubleValue()).min().orElse(0);
        double hi = cells.stream().mapToDouble(c -> c[2].doubleValue()).max().orElse(0);
        chart.getStyler().setMin(Math.floor(lo * 1000) / 1000); // the colour scale's ends, as its legend prints them
        chart.getStyler().setMax(Math.max(Math.ceil(hi * 1000) / 1000, Math.floor(lo * 1000) / 1000 + 0.001));
        chart.getStyler().setRangeColors(new Color[] {new Color(0xF7FBFF), new Color(0x6BAED6), new Color(0x08306B)});
        chart.getStyler().setValueFontColor(Color.BLACK);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.addSeries("mean effect (" + h.unit() + ")", xs, ys, cells);
        return Optional.of(chart);
    }

    /** A factor's levels, in numeric order when they are numbers, else in design order. */
    static List<String> levels(Design d, int f) {
        List<String> values = d.values(f);
        if (values.stream().allMatch(FactorHeatmap::isNumber)) {
            return values.stream().sorted(Comparator.comparingDouble(Double::parseDouble)).toList();
        }
        return values;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
