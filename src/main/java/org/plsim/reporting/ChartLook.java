package org.plsim.reporting;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The look every PLSim chart shares (white, light grid, legend below) and how charts are saved. */
public final class ChartLook {
    private ChartLook() {
    }

    /** White background, no plot border, legend below in a row, readable fonts, light grid lines. */
    public static void apply(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setChartPadding(14);
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            a.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            a.setPlotGridLinesColor(new Color(0xE4, 0xE4, 0xE4));
            a.setMarkerSize(7);
        }
    }

    /** Writes the chart as PNG and as SVG (after a {@link ChartWarmUp} that was started has ended). */
    public static void write(Chart<?, ?> chart, Path png, Path svg) throws IOException {
        ChartWarmUp.await();
        try (OutputStream out = Files.newOutputStream(png)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
        try (OutputStream out = Files.newOutputStream(svg)) {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        }
    }
}
