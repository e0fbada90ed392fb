package org.plsim.reporting.study;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.plsim.reporting.ChartLook;
import org.plsim.study.Reproduction;

/**
 * Model beside study, one column per study, numbered as in the report's table: the published estimate
 * (square) with its interval, and the model's mean (circle) with the 2.5–97.5% range of its replicates.
 * Studies in SD units and studies reporting a share of students (rates: attendance, graduation, college
 * enrollment …) have different scales, so a batch holding both gets a second y-axis on the right for the
 * shares; a batch of one kind has one axis in that kind's unit. Studies in other units are left out
 * ({@link #shown}).
 */
public final class ReproductionChart {
    public static final String NAME = "reproductions";
    static final Color PUBLISHED = new Color(0x4E79A7);
    static final Color MODEL = new Color(0xF28E2B);
    private static final double OFFSET = 0.14;

    private ReproductionChart() {
    }

    /**
     * The studies the chart shows, in table order: those in SD units or as shares of students. A study in
     * another unit (college credits) would flatten either axis; the report's table lists it unnumbered.
     */
    public static List<Reproduction> shown(List<Reproduction> all) {
        return all.stream().filter(r -> inSd(r) || r.study().outcome().measure().unit().startsWith("share"))
                .toList();
    }

    static boolean inSd(Reproduction r) {
        return r.study().outcome().measure().unit().startsWith("SD");
    }

    public static XYChart of(List<Reproduction> all) {
        List<Reproduction> rows = shown(all);
        boolean anySd = rows.stream().anyMatch(ReproductionChart::inSd);
        boolean anyShare = rows.stream().anyMatch(r -> !inSd(r));
        XYChart chart = new XYChartBuilder().width(1000).height(620).title(title(rows))
                .xAxisTitle("Study (numbered as in the table)").yAxisTitle(anySd ? Axis.SD.title : Axis.SHARE.title)
                .build();
        ChartLook.apply(chart.getStyler());
        chart.getStyler().setXAxisTicksVisible(false); // studies are numbered by annotations under their bars
        chart.getStyler().setAnnotationTextFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13));
        chart.getStyler().setXAxisMin(0.5);
        chart.getStyler().setXAxisMax(Math.max(1, rows.size()) + 0.5);
        chart.getStyler().setYAxisDecimalPattern("0.00");
        if (anySd && anyShare) {
            chart.setYAxisGroupTitle(1, Axis.SHARE.title);
            chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        }
        for (boolean sd : new boolean[] {true, false}) {
            int group = sd || !anySd ? 0 : 1;
            column(chart, rows, sd, group, anySd && anyShare);
        }
        // the numbers sit in a row under the lowest interval on the left axis, which is stretched to show them
        List<Reproduction> left = rows.stream().filter(r -> inSd(r) == anySd).toList();
        double bottom = left.stream().mapToDouble(r -> Math.min(r.study().published().low(), r.rangeLow()))
                .min().orElse(0);
        double top = left.stream().mapToDouble(r -> Math.max(r.study().published().high(), r.rangeHigh()))
                .max().orElse(0);
        double pad = Math.max(top - bottom, 0.01) * 0.06;
        chart.getStyler().setYAxisMin(0, bottom - 2 * pad);
        for (int i = 0; i < rows.size(); i++) {
            chart.addAnnotation(new AnnotationText(Integer.toString(i + 1), i + 1, bottom - pad, false));
        }
        return chart;
    }

    /** The two scales a study's outcome can have, each with its axis title. */
    private enum Axis {
        SD("Result (student-level SD units; gain: SD per year)"),
        SHARE("Result (share of students, 0-1)");

        final String title;

        Axis(String title) {
            this.title = title;
        }
    }

    private static String title(List<Reproduction> rows) {
        long sd = rows.stream().filter(ReproductionChart::inSd).count();
        long share = rows.size() - sd;
        String parts = sd == 0 ? share + " as shares of students"
                : share == 0 ? sd + " in SD units"
                : sd + " in SD units, left axis; " + share + " as shares of students, right axis";
        return "PLSim vs published studies (" + rows.size() + " studies: " + parts + ")";
    }

    /** The published and model points of one scale's studies, with their intervals, on axis {@code group}. */
    private static void column(XYChart chart, List<Reproduction> rows, boolean sd, int group, boolean mixed) {
        int n = (int) rows.stream().filter(r -> inSd(r) == sd).count();
        if (n == 0) {
            return;
        }
        double[] x = new double[n];
        double[] pub = new double[n];
        double[] xm = new double[n];
        double[] mod = new double[n];
        int k = 0;
        for (int i = 0; i < rows.size(); i++) {
            Reproduction r = rows.get(i);
            if (inSd(r) != sd) {
                continue;
            }
            x[k] = i + 1 - OFFSET;
            xm[k] = i + 1 + OFFSET;
            pub[k] = r.study().published().estimate();
            mod[k] = r.model().mean();
            interval(chart, "p" + i, x[k], r.study().published().low(), r.study().published().high(), PUBLISHED, group);
            interval(chart, "m" + i, xm[k], r.rangeLow(), r.rangeHigh(), MODEL, group);
            k++;
        }
        String axis = mixed ? (sd ? " (SD, left axis)" : " (share, right axis)") : "";
        points(chart, "published estimate with its interval" + axis, x, pub, PUBLISHED, true, group);
        points(chart, "PLSim mean with the 95% range of its replicates" + axis, xm, mod, MODEL, false, group);
    }

    private static void interval(XYChart chart, String name, double x, double low, double high, Color color,
                                 int group) {
        XYSeries s = chart.addSeries(name, new double[] {x, x}, new double[] {low, high});
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(new BasicStroke(2.5f));
        s.setShowInLegend(false);
        s.setYAxisGroup(group);
    }

    private static void points(XYChart chart, String name, double[] x, double[] y, Color color, boolean square,
                               int group) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(square ? SeriesMarkers.SQUARE : SeriesMarkers.CIRCLE);
        s.setMarkerColor(color);
        s.setYAxisGroup(group);
    }
}
