package org.plsim.reporting;

import java.io.IOException;
import java.io.OutputStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Gets drawing ready while a command does other work: the first chart of a JVM spends most of its time loading
 * and setting up AWT, fonts, XChart, the PNG writer and the SVG writer, so this draws a small chart nobody
 * sees, as PNG and SVG into nothing, on a daemon thread. A chart saved by {@link ChartLook#write} waits for it to
 * end, so the two are never drawn at once, and what is saved is what it would have been without it.
 */
public final class ChartWarmUp {
    private static Background<Void> warmUp;

    private ChartWarmUp() {
    }

    /** Starts the warm-up, once per JVM. */
    public static synchronized void start() {
        if (warmUp == null) {
            if (System.getProperty("java.awt.headless") == null) {
                System.setProperty("java.awt.headless", "true"); // as a run's chart: off-screen, also on a desktop
            }
            warmUp = Background.start("plsim-chart-warm-up", () -> {
                draw();
                return null;
            });
        }
    }

    /** Waits for a warm-up that was started to end, however it ends (a failed one only leaves work undone). */
    static void await() {
        Background<Void> started;
        synchronized (ChartWarmUp.class) {
            started = warmUp;
        }
        if (started != null) {
            started.settle();
        }
    }

    /** A chart with what a run's chart has: title, axis titles, a shaded band, solid and dashed lines, markers. */
    private static void draw() throws IOException {
        XYChart chart = new XYChartBuilder().width(320).height(200).title("Warm-up: mean achievement (2 replicates)")
                .xAxisTitle("School year").yAxisTitle("Mean achievement (SD units)").build();
        ChartLook.apply(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0.00");
        XYSeries band = chart.addSeries("band", new double[] {0, 1, 1, 0}, new double[] {0.1, 0.2, 0.0, -0.1});
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        band.setMarker(SeriesMarkers.NONE);
        chart.addSeries("Math, grant", new double[] {0, 1}, new double[] {0, 0.1}).setMarker(SeriesMarkers.CIRCLE);
        XYSeries dashed = chart.addSeries("Reading, business as usual", new double[] {0, 1}, new double[] {0, -0.05});
        dashed.setLineStyle(SeriesLines.DASH_DASH);
        dashed.setMarker(SeriesMarkers.DIAMOND);
        BitmapEncoder.saveBitmap(chart, OutputStream.nullOutputStream(), BitmapEncoder.BitmapFormat.PNG);
        ChartLook.svg(chart);
    }
}
