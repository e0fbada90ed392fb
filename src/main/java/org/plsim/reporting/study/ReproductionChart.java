package org.plsim.reporting.study;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.plsim.reporting.ChartLook;
import org.plsim.study.Reproduction;

/**
 * Model beside study, one column per study whose outcome is in SD units: the published estimate (square)
 * with its interval, and the model's mean (circle) with the 2.5–97.5% range of its replicates; studies are
 * numbered as in the report's table.
 */
public final class ReproductionChart {
    public static final String NAME = "reproductions";
    static final Color PUBLISHED = new Color(0x4E79A7);
    static final Color MODEL = new Color(0xF28E2B);
    private static final double OFFSET = 0.14;

    private ReproductionChart() {
    }

    /** The studies the chart shows: those reported in SD units (rates have another scale). */
    public static List<Reproduction> shown(List<Reproduction> all) {
        return all.stream().filter(r -> r.study().outcome().measure().unit().startsWith("SD")).toList();
    }

    public static XYChart of(List<Reproduction> all) {
        List<Reproduction> rows = shown(all);
        XYChart chart = new XYChartBuilder().width(1000).height(620)
                .title("PLSim vs published studies (" + rows.size() + " studies in SD units)")
                .xAxisTitle("Study (numbered as in the table)")
                .yAxisTitle("Result (student-level SD units; gain: SD per year)").build();
        ChartLook.apply(chart.getStyler());
        chart.getStyler().setXAxisTicksVisible(false); // studies are numbered by annotations under their bars
        chart.getStyler().setAnnotationTextFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13));
        chart.getStyler().setXAxisMin(0.5);
        chart.getStyler().setXAxisMax(rows.size() + 0.5);
        chart.getStyler().setYAxisDecimalPattern("0.00");
        double[] x = new double[rows.size()];
        double[] pub = new double[rows.size()];
        double[] xm = new double[rows.size()];
        double[] mod = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Reproduction r = rows.get(i);
            x[i] = i + 1 - OFFSET;
            xm[i] = i + 1 + OFFSET;
            pub[i] = r.study().published().estimate();
            mod[i] = r.model().mean();
            interval(chart, "p" + i, x[i], r.study().published().low(), r.study().published().high(), PUBLISHED);
            interval(chart, "m" + i, xm[i], r.rangeLow(), r.rangeHigh(), MODEL);
            double bottom = Math.min(r.study().published().low(), r.rangeLow());
            chart.addAnnotation(new AnnotationText(Integer.toString(i + 1), i + 1, bottom - 0.03, false));
        }
        points(chart, "published estimate with its interval", x, pub, PUBLISHED, true);
        points(chart, "PLSim mean with the 95% range of its replicates", xm, mod, MODEL, false);
        return chart;
    }

    private static void interval(XYChart chart, String name, double x, double low, double high, Color color) {
        XYSeries s = chart.addSeries(name, new double[] {x, x}, new double[] {low, high});
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(new BasicStroke(2.5f));
        s.setShowInLegend(false);
    }

    private static void points(XYChart chart, String name, double[] x, double[] y, Color color, boolean square) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(square ? SeriesMarkers.SQUARE : SeriesMarkers.CIRCLE);
        s.setMarkerColor(color);
    }
}
