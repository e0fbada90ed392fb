package org.plsim.reporting.sweep;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.plsim.analysis.sweep.SobolAnalysis;
import org.plsim.analysis.sweep.SobolIndex;

/**
 * Sobol indices of the headline effect as a tornado (upright: XChart draws bars upright only): factors by total
 * index ST, largest first, each with its first-order index S1 beside it and bars for half the 95% bootstrap
 * interval's width (the interval itself, not always symmetric, is in sobol.csv). ST − S1 is the share the factor
 * moves through interactions.
 */
final class SobolChart {
    static final String NAME = "sobol";

    private SobolChart() {
    }

    static Optional<CategoryChart> of(HeadlineRows h) {
        List<SobolIndex> rows = h.results().sobol().stream()
                .filter(s -> s.key().equals(h.headline().key(h.subject())) && s.output().equals(SobolAnalysis.EFFECT))
                .sorted(Comparator.comparingInt(SobolIndex::rank)).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> factors = rows.stream().map(s -> tail(s.factor())).toList();
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(h.sweepId() + ": Sobol indices, " + h.outcome() + ", year " + h.headline().year() + " (N = "
                        + rows.get(0).samples() + " base samples, " + rows.get(0).runs() + " paired runs)")
                .xAxisTitle("Factor, by total index ST (largest first)")
                .yAxisTitle("Share of the effect's variance across the design (0–1, unitless)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setYAxisDecimalPattern("0.00");
        chart.getStyler().setXAxisLabelRotation(rows.size() > 4 || ChartStyle.crowded(chart, factors) ? 30 : 0);
        chart.getStyler().setErrorBarsColor(ChartStyle.MUTED.darker());
        chart.getStyler().setErrorBarsColorSeriesColor(false);
        CategorySeries st = chart.addSeries("ST, total (with interactions)", factors,
                rows.stream().map(s -> (Number) s.indices().st()).toList(),
                rows.stream().map(s -> (Number) ((s.indices().stHigh() - s.indices().stLow()) / 2)).toList());
        st.setFillColor(ChartStyle.PALETTE.get(0));
        CategorySeries s1 = chart.addSeries("S1, first order (alone)", factors,
                rows.stream().map(s -> (Number) s.indices().s1()).toList(),
                rows.stream().map(s -> (Number) ((s.indices().s1High() - s.indices().s1Low()) / 2)).toList());
        s1.setFillColor(ChartStyle.PALETTE.get(1));
        return Optional.of(chart);
    }

    /** The last two parts of a factor path: {@code blended_learning.math_effect}. */
    static String tail(String path) {
        String[] parts = path.split("\\.");
        return parts.length <= 2 ? path : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
