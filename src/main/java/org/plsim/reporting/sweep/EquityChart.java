package org.plsim.reporting.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.plsim.analysis.sweep.Equity;
import org.plsim.analysis.sweep.GapChange;
import org.plsim.analysis.sweep.PointSummary;
import org.plsim.analysis.sweep.SubgroupGap;
import org.plsim.model.observe.Outcome;

/**
 * The change in each subgroup gap of achievement (95% CI bars) at the design points with the largest
 * headline effects, last year, all grades. Below zero: the plan narrowed the gap.
 */
final class EquityChart {
    static final String NAME = "equity";
    static final int MAX_POINTS = 16;

    private EquityChart() {
    }

    static Optional<CategoryChart> of(HeadlineRows h) {
        List<PointSummary> top = h.top(MAX_POINTS);
        List<GapChange> changes = h.results().equity().stream()
                .filter(g -> g.year() == h.headline().year() && g.grade() == Outcome.ALL_GRADES
                        && g.subject() == h.subject())
                .toList();
        if (changes.isEmpty() || top.isEmpty()) {
            return Optional.empty();
        }
        List<String> labels = top.stream().map(s -> h.shortLabel(s.point())).toList();
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(h.sweepId() + ": change in " + Equity.MEASURE.label() + " gaps (" + h.subject().label()
                        + "), year " + h.headline().year() + ", below 0 = narrowed (" + ChartStyle.replicates(top)
                        + (top.size() < h.byPoint().size() ? "; top " + top.size() + " points" : "") + ")")
                .xAxisTitle("Design point" + h.keyNote())
                .yAxisTitle("Change in gap (" + Equity.MEASURE.unit() + ")")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(labels.size() > 8 || ChartStyle.crowded(chart, labels) ? 45 : 0);
        chart.getStyler().setYAxisDecimalPattern("0.000");
        for (SubgroupGap gap : SubgroupGap.values()) {
            List<Number> mean = new ArrayList<>();
            List<Number> half = new ArrayList<>();
            boolean any = false;
            for (PointSummary s : top) {
                Optional<GapChange> g = changes.stream().filter(c -> c.gap() == gap && c.point() == s.point()).findFirst();
                any |= g.isPresent();
                mean.add(g.map(c -> (Number) c.change().mean()).orElse(null)); // no bar, not a zero bar
                half.add(g.map(c -> (Number) ChartStyle.halfWidth(c.change())).orElse(null));
            }
            if (any) {
                chart.addSeries(gap.definition(), labels, mean, half);
            }
        }
        return Optional.of(chart);
    }
}
