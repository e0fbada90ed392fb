package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;
import org.plsim.analysis.sweep.Design;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.model.observe.Subject;

/**
 * The charts that apply to a sweep's design, one set per headline subject, each written as
 * {@code <chart>_<subject>.png} and {@code .svg}: effect by point and trajectories always; the heatmap for a
 * factorial of two or more factors; Morris μ*–σ for Morris; Sobol S1 and ST (a tornado, upright) for Sobol; the ranking of effects (a tornado, upright) for the others; cost against
 * effect when the sweep kept costs; subgroup gaps when it kept their groups' achievement.
 */
public final class SweepCharts {
    private SweepCharts() {
    }

    /** A chart written to the result folder. */
    public record ChartFile(String name, String title, Subject subject) {
        public String png() {
            return name + ".png";
        }

        public String svg() {
            return name + ".svg";
        }
    }

    /** Writes every chart that applies into {@code folder}, in a fixed order, and lists them. */
    public static List<ChartFile> write(Path folder, SweepResults results) throws IOException {
        List<ChartFile> files = new ArrayList<>();
        if (results.headline().isEmpty()) {
            return files;
        }
        for (Subject subject : results.headline().get().subjects()) {
            for (Map.Entry<String, Chart<?, ?>> c : of(results, subject).entrySet()) {
                ChartFile f = new ChartFile(c.getKey() + "_" + subject.label(), c.getValue().getTitle(), subject);
                ChartStyle.write(c.getValue(), folder.resolve(f.png()), folder.resolve(f.svg()));
                files.add(f);
            }
        }
        return files;
    }

    /**
     * The charts that apply for one headline subject, by chart name ({@code effect_by_point},
     * {@code trajectories}, {@code heatmap}, {@code morris}, {@code sobol} or {@code ranking}, {@code cost_effect},
     * {@code equity}) in that order; empty when the sweep has no headline or this subject has no rows. For a
     * notebook: {@code BitmapEncoder.getBufferedImage(SweepCharts.of(results, Subject.MATH).get("equity"))}.
     */
    public static Map<String, Chart<?, ?>> of(SweepResults results, Subject subject) {
        Map<String, Chart<?, ?>> charts = new LinkedHashMap<>();
        if (results.headline().isEmpty() || !results.headline().get().subjects().contains(subject)) {
            return charts;
        }
        HeadlineRows h = new HeadlineRows(results, results.headline().get(), subject);
        if (h.byPoint().isEmpty()) {
            return charts;
        }
        add(charts, EffectByPointChart.NAME, Optional.of(EffectByPointChart.of(h)));
        add(charts, TrajectoriesChart.NAME, Optional.of(TrajectoriesChart.of(h)));
        add(charts, FactorHeatmap.NAME, FactorHeatmap.of(h));
        if (results.design().type().equals(Design.MORRIS)) {
            add(charts, MorrisChart.NAME, MorrisChart.of(h));
        } else if (results.design().type().equals(Design.SOBOL)) {
            add(charts, SobolChart.NAME, SobolChart.of(h));
        } else {
            add(charts, RankingChart.NAME, RankingChart.of(h));
        }
        if (results.hasCosts()) {
            add(charts, CostEffectChart.NAME, CostEffectChart.of(h));
        }
        add(charts, EquityChart.NAME, EquityChart.of(h));
        return charts;
    }

    private static void add(Map<String, Chart<?, ?>> charts, String name, Optional<? extends Chart<?, ?>> made) {
        made.ifPresent(c -> charts.put(name, c));
    }
}
