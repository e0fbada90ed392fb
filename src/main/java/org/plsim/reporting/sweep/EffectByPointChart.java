package org.plsim.reporting.sweep;

import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.plsim.analysis.sweep.PointSummary;

/**
 * The headline effect of each design point (mix) in the last year with its 95% CI, largest first; the top
 * {@link #MAX_POINTS} when the design has more.
 */
final class EffectByPointChart {
    static final String NAME = "effect_by_point";
    static final int MAX_POINTS = 30;

    private EffectByPointChart() {
    }

    static CategoryChart of(HeadlineRows h) {
        List<PointSummary> rows = h.top(MAX_POINTS);
        int all = h.byPoint().size();
        String shown = rows.size() < all ? "; top " + rows.size() + " of " + all + " points" : "";
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(h.sweepId() + ": effect on " + h.outcome() + " in " + h.unit() + ", year " + h.headline().year() + " ("
                        + ChartStyle.replicates(rows) + shown + ")")
                .xAxisTitle("Design point" + h.keyNote())
                .yAxisTitle("Effect vs business as usual (" + h.unit() + ")")
                .build();
        ChartStyle.apply(chart.getStyler());
        List<String> labels = rows.stream().map(r -> h.shortLabel(r.point())).toList();
        chart.getStyler().setXAxisLabelRotation(rows.size() > 8 || ChartStyle.crowded(chart, labels) ? 45 : 0);
        chart.getStyler().setYAxisDecimalPattern("0.000");
        chart.getStyler().setErrorBarsColor(ChartStyle.MUTED.darker());
        chart.getStyler().setErrorBarsColorSeriesColor(false);
        CategorySeries s = chart.addSeries("mean effect with 95% CI", labels,
                rows.stream().map(r -> (Number) r.effect().mean()).toList(),
                rows.stream().map(r -> (Number) ChartStyle.halfWidth(r.effect())).toList());
        s.setFillColor(ChartStyle.PALETTE.get(0));
        return chart;
    }
}
