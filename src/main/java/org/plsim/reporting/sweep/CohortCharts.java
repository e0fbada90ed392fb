package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.plsim.analysis.MeanEstimate;
import org.plsim.analysis.sweep.CohortEntry;
import org.plsim.analysis.sweep.CohortTable;
import org.plsim.analysis.sweep.PointSummary;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subject;

/**
 * A cohort sweep's two charts, grantee by grantee: {@code cohort_effects}, the last year's effect on
 * standardized achievement in math and reading with 95% CI bars, largest math effect first; and
 * {@code cohort_cost}, dollars per student per 0.1 SD in math and reading with 95% CI bars, cheapest math
 * first (a grantee whose effect is not clearly above 0 has no bar: no ratio is estimated).
 */
final class CohortCharts {
    static final String EFFECTS = "cohort_effects";
    static final String COST = "cohort_cost";
    private static final List<Subject> SUBJECTS = List.of(Subject.MATH, Subject.READING);

    private CohortCharts() {
    }

    /** Writes the charts that have something to show; lists them (subject {@link Subject#ALL}: both subjects). */
    static List<SweepCharts.ChartFile> write(Path folder, String sweepId, List<CohortEntry> cohort) throws IOException {
        List<SweepCharts.ChartFile> files = new ArrayList<>();
        add(files, folder, EFFECTS, effects(sweepId, cohort));
        add(files, folder, COST, cost(sweepId, cohort));
        return files;
    }

    static Optional<CategoryChart> effects(String sweepId, List<CohortEntry> cohort) {
        List<CohortEntry> shown = sorted(cohort, e -> at(e, Subject.MATH).map(s -> -s.effect().mean()));
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = chart(sweepId + ": effect on standardized achievement, year " + shown.get(0).year()
                + " (" + ChartStyle.replicates(rows(shown)) + ")", "Effect vs business as usual (SD units)");
        for (Subject s : SUBJECTS) {
            series(chart, s, shown, e -> at(e, s).map(PointSummary::effect).orElse(null));
        }
        return Optional.of(chart);
    }

    static Optional<CategoryChart> cost(String sweepId, List<CohortEntry> cohort) {
        List<CohortEntry> shown = sorted(cohort, e -> at(e, Subject.MATH).map(PointSummary::perTenthSd)
                .map(MeanEstimate::mean)).stream()
                .filter(e -> SUBJECTS.stream().anyMatch(s -> at(e, s).map(PointSummary::perTenthSd).isPresent()))
                .toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = chart(sweepId + ": dollars per student per 0.1 SD, year " + shown.get(0).year() + " ("
                + ChartStyle.replicates(rows(shown)) + ")",
                "Dollars per student per 0.1 SD");
        chart.getStyler().setYAxisDecimalPattern("$#,##0");
        for (Subject s : SUBJECTS) {
            series(chart, s, shown, e -> at(e, s).map(PointSummary::perTenthSd).orElse(null));
        }
        return Optional.of(chart);
    }

    private static CategoryChart chart(String title, String yAxis) {
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle("Grantee (scenario id)").yAxisTitle(yAxis).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(45);
        chart.getStyler().setYAxisDecimalPattern("0.000");
        chart.getStyler().setErrorBarsColor(ChartStyle.MUTED.darker());
        chart.getStyler().setErrorBarsColorSeriesColor(false);
        return chart;
    }

    /** One bar per grantee: the estimate's mean with its 95% CI; no bar where there is no estimate. */
    private static void series(CategoryChart chart, Subject subject, List<CohortEntry> shown,
                               Function<CohortEntry, MeanEstimate> value) {
        List<String> labels = shown.stream().map(e -> e.grantee().label()).toList();
        List<Number> means = new ArrayList<>();
        List<Number> bars = new ArrayList<>();
        for (CohortEntry e : shown) {
            MeanEstimate m = value.apply(e);
            means.add(m == null ? null : m.mean());
            bars.add(m == null ? 0.0 : ChartStyle.halfWidth(m));
        }
        CategorySeries s = chart.addSeries(subject.label() + " (mean, 95% CI)", labels, means, bars);
        s.setFillColor(ChartStyle.PALETTE.get(SUBJECTS.indexOf(subject)));
    }

    /** Grantees with a value to sort by, by it (ties by point), then the others in point order. */
    private static List<CohortEntry> sorted(List<CohortEntry> cohort, Function<CohortEntry, Optional<Double>> by) {
        Comparator<CohortEntry> order = Comparator.comparing((CohortEntry e) -> by.apply(e).orElse(Double.MAX_VALUE))
                .thenComparingInt(e -> e.grantee().point());
        return cohort.stream().filter(e -> !e.rows().isEmpty()).sorted(order).toList();
    }

    private static Optional<PointSummary> at(CohortEntry e, Subject subject) {
        return CohortTable.allStudents(e, Measure.ACHIEVEMENT, subject);
    }

    private static List<PointSummary> rows(List<CohortEntry> shown) {
        return shown.stream().flatMap(e -> SUBJECTS.stream().map(s -> at(e, s))).flatMap(Optional::stream).toList();
    }

    private static void add(List<SweepCharts.ChartFile> files, Path folder, String name, Optional<CategoryChart> made)
            throws IOException {
        if (made.isPresent()) {
            SweepCharts.ChartFile f = new SweepCharts.ChartFile(name, made.get().getTitle(), Subject.ALL);
            ChartStyle.write(made.get(), folder.resolve(f.png()), folder.resolve(f.svg()));
            files.add(f);
        }
    }
}
