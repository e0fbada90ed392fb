package org.plsim.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.plsim.analysis.EffectSummaries;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.MeanEstimate;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subject;

/**
 * Mean achievement of all students by year, treatment against business as usual, math and reading, each
 * with a shaded 95% interval across replicates. The bands show how much replicates differ; the paired
 * effect's own interval (in {@code summary.csv}) is narrower, since both arms share their random numbers.
 */
public final class TrajectoryChart {
    public static final String PNG = "trajectory.png";
    public static final String SVG = "trajectory.svg";
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 620;
    private static final Color MATH = new Color(0x1F, 0x5F, 0xA8);
    private static final Color READING = new Color(0xC8, 0x50, 0x1E);
    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);

    private TrajectoryChart() {
    }

    public static XYChart of(String scenarioId, List<EffectSummary> summaries) {
        List<EffectSummary> rows = EffectSummaries.headline(summaries, Measure.ACHIEVEMENT);
        int replicates = rows.stream().mapToInt(EffectSummary::replicates).max().orElse(0);
        String note = (replicates == 1 ? " paired replicate, so no interval" : " paired replicates")
                + (coincide(rows) ? "; the arms coincide" : "");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(scenarioId + ": mean achievement of all students (" + replicates + note + ")")
                .xAxisTitle("School year of the grant (0 = baseline fall)")
                .yAxisTitle("Mean achievement (SD units vs national norm)")
                .build();
        style(chart);
        for (Subject subject : Subject.TESTED) { // bands first, so no band veils a line
            band(chart, subject, rows, EffectSummary::treatment, " plan");
            band(chart, subject, rows, EffectSummary::bau, " bau");
        }
        for (Subject subject : Subject.TESTED) {
            String name = cap(subject.label());
            line(chart, name + ", grant", subject, rows, EffectSummary::treatment, SeriesLines.SOLID)
                    .setMarker(SeriesMarkers.CIRCLE);
            line(chart, name + ", business as usual", subject, rows, EffectSummary::bau, SeriesLines.DASH_DASH)
                    .setMarker(SeriesMarkers.DIAMOND);
        }
        if (replicates > 1) {
            bandKey(chart, rows.get(0).treatment().mean(), replicates);
        }
        return chart;
    }

    /** True when every paired effect is exactly zero, as when no component is on: one line hides the other. */
    private static boolean coincide(List<EffectSummary> rows) {
        return !rows.isEmpty() && rows.stream().allMatch(r -> r.effect().mean() == 0 && !(r.effect().sd() > 0));
    }

    /** Writes the chart as PNG and as SVG. */
    public static void write(XYChart chart, Path png, Path svg) throws IOException {
        ChartLook.write(chart, png, svg);
    }

    private static void style(XYChart chart) {
        ChartLook.apply(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0.00");
    }

    /** The 95% interval as a closed, translucent polygon: up along the highs, back along the lows. */
    private static void band(XYChart chart, Subject subject, List<EffectSummary> rows,
                             Function<EffectSummary, MeanEstimate> arm, String suffix) {
        List<MeanEstimate> est = rows.stream().filter(r -> r.key().subject() == subject).map(arm).toList();
        double[] years = years(subject, rows);
        if (years.length == 0 || !est.get(0).hasInterval()) {
            return;
        }
        int n = years.length;
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[i] = years[i];
            y[i] = est.get(i).ciHigh();
            x[2 * n - 1 - i] = years[i];
            y[2 * n - 1 - i] = est.get(i).ciLow();
        }
        area(chart, subject.label() + suffix, x, y, translucent(color(subject))).setShowInLegend(false);
    }

    /** A legend entry for the shading: a grey polygon of no area, so it draws nothing on the plot. */
    private static void bandKey(XYChart chart, double anyY, int replicates) {
        area(chart, "95% CI (" + replicates + " replicates)", new double[] {0, 0, 0},
                new double[] {anyY, anyY, anyY}, translucent(Color.GRAY));
    }

    private static XYSeries area(XYChart chart, String name, double[] x, double[] y, Color fill) {
        XYSeries area = chart.addSeries(name, x, y);
        area.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        area.setFillColor(fill);
        area.setLineColor(TRANSPARENT);
        area.setMarker(SeriesMarkers.NONE);
        return area;
    }

    private static XYSeries line(XYChart chart, String name, Subject subject, List<EffectSummary> rows,
                                 Function<EffectSummary, MeanEstimate> arm, BasicStroke stroke) {
        double[] means = rows.stream().filter(r -> r.key().subject() == subject).map(arm)
                .mapToDouble(MeanEstimate::mean).toArray();
        XYSeries line = chart.addSeries(name, years(subject, rows), means);
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setLineColor(color(subject));
        line.setMarkerColor(color(subject));
        line.setLineStyle(stroke);
        return line;
    }

    private static double[] years(Subject subject, List<EffectSummary> rows) {
        return rows.stream().filter(r -> r.key().subject() == subject).mapToDouble(r -> r.key().year()).toArray();
    }

    private static Color color(Subject subject) {
        return subject == Subject.MATH ? MATH : READING;
    }

    private static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 40);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
