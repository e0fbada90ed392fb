package org.plsim.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * Gets drawing ready while a run computes: loads and sets up what a chart needs (AWT, fonts, XChart, the SVG
 * writer's XML) by drawing a small chart nobody sees, as PNG and SVG, on a daemon thread. A run's own chart
 * waits for it to end, so the two never draw at once. Once per JVM, and only by a command that will draw.
 */
public final class ChartWarmUp {
    private static FutureTask<Void> task;

    private ChartWarmUp() {
    }

    /** Starts the warm-up, unless it has started already. */
    public static synchronized void start() {
        if (task == null) {
            task = new FutureTask<>(ChartWarmUp::draw, null);
            Thread t = new Thread(task, "plsim-chart-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Waits for a warm-up that was started to end, however it ends (a failed one changes nothing). */
    static void await() {
        FutureTask<Void> t;
        synchronized (ChartWarmUp.class) {
            t = task;
        }
        if (t == null) {
            return;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    t.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return; // the run's chart will succeed or fail on its own
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void draw() {
        XYChart chart = new XYChartBuilder().width(240).height(160).title("warm-up").xAxisTitle("x")
                .yAxisTitle("y").build();
        ChartLook.apply(chart.getStyler());
        chart.addSeries("a", new double[] {0, 1}, new double[] {0, 1});
        try {
            BitmapEncoder.saveBitmap(chart, new ByteArrayOutputStream(), BitmapEncoder.BitmapFormat.PNG);
            VectorGraphicsEncoder.saveVectorGraphic(chart, new ByteArrayOutputStream(),
                    VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            // in memory: cannot happen, and a warm-up that fails only leaves the work to the real chart
        }
    }
}
