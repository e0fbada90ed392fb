package org.plsim.reporting.sweep;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.plsim.analysis.MeanEstimate;
import org.plsim.analysis.sweep.Design;

/**
 * A ranking of terms by the size of their effect (largest first), with 95% CI bars, in place of a tornado
 * (XChart draws bars upright only). Component-mix designs rank main effects and two-way interactions;
 * factorial, Latin-hypercube and random designs rank each factor's linear effect across its range.
 */
final class RankingChart {
    static final String NAME = "ranking";

    private RankingChart() {
    }

    record Bar(String term, MeanEstimate estimate) {
    }

    static Optional<CategoryChart> of(HeadlineRows h) {
        boolean mix = h.results().design().type().equals(Design.COMPONENT_MIX);
        List<Bar> bars = (mix
                ? h.results().components().stream().filter(c -> c.key().equals(h.headline().key(h.subject())))
                        .map(c -> new Bar(c.isInteraction() ? c.term().replace(":", " × ") : c.term(), c.estimate()))
                : h.results().factorEffects().stream().filter(f -> f.key().equals(h.headline().key(h.subject())))
                        .map(f -> new Bar(f.factor(), f.estimate())))
                .sorted(Comparator.comparingDouble((Bar b) -> -Math.abs(b.estimate().mean()))).toList();
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        int n = bars.stream().mapToInt(b -> b.estimate().n()).max().orElse(0);
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(h.sweepId() + ": " + (mix ? "component effects" : "factor effects") + " on " + h.outcome()
                        + ", year " + h.headline().year() + ", largest first (n = " + n + " replicates)")
                .xAxisTitle(mix ? "Main effect; interaction a × b = ½ (a's effect with b on − a's effect with b off)"
                        : "Factor: its effect from lowest to highest value, others fixed")
                .yAxisTitle("Effect (" + h.unit() + ")")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setYAxisDecimalPattern("0.000");
        chart.getStyler().setXAxisLabelRotation(bars.size() > 4 ? 30 : 0);
        chart.getStyler().setErrorBarsColor(ChartStyle.MUTED.darker());
        chart.getStyler().setErrorBarsColorSeriesColor(false);
        CategorySeries s = chart.addSeries("mean with 95% CI", bars.stream().map(Bar::term).toList(),
                bars.stream().map(b -> (Number) b.estimate().mean()).toList(),
                bars.stream().map(b -> (Number) ChartStyle.halfWidth(b.estimate())).toList());
        s.setFillColor(ChartStyle.PALETTE.get(0));
        return Optional.of(chart);
    }
}
