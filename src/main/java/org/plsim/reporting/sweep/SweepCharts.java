package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;
import org.plsim.analysis.sweep.Design;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.model.observe.Subject;

/**
 * The charts that apply to a sweep's design, one set per headline subject, each written as
 * {@code <chart>_<subject>.png} and {@code .svg}: effect by point and trajectories always; the heatmap for a
 * factorial of two or more factors; Morris μ*–σ for Morris; the ranking of effects (a tornado, upright) for the others; cost against
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
            HeadlineRows h = new HeadlineRows(results, results.headline().get(), subject);
            if (h.byPoint().isEmpty()) {
                continue;
            }
            add(files, folder, EffectByPointChart.NAME, subject, Optional.of(EffectByPointChart.of(h)));
            add(files, folder, TrajectoriesChart.NAME, subject, Optional.of(TrajectoriesChart.of(h)));
            add(files, folder, FactorHeatmap.NAME, subject, FactorHeatmap.of(h));
            if (results.design().type().equals(Design.MORRIS)) {
                add(files, folder, MorrisChart.NAME, subject, MorrisChart.of(h));
            } else {
                add(files, folder, RankingChart.NAME, subject, RankingChart.of(h));
            }
            if (results.hasCosts()) {
                add(files, folder, CostEffectChart.NAME, subject, CostEffectChart.of(h));
            }
            add(files, folder, EquityChart.NAME, subject, EquityChart.of(h));
        }
        return files;
    }

    private static void add(List<ChartFile> files, Path folder, String chart, Subject subject,
                            Optional<? extends Chart<?, ?>> made) throws IOException {
        if (made.isPresent()) {
            ChartFile f = new ChartFile(chart + "_" + subject.label(), made.get().getTitle(), subject);
            ChartStyle.write(made.get(), folder.resolve(f.png()), folder.resolve(f.svg()));
            files.add(f);
        }
    }
}
