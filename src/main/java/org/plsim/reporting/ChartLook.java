package org.plsim.reporting;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.jfree.svg.SVGGraphics2D;
import org.plsim.reporting.svg.SvgNumbers;

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

    /** Writes the chart as PNG and as SVG. */
    public static void write(Chart<?, ?> chart, Path png, Path svg) throws IOException {
        try (OutputStream out = Files.newOutputStream(png)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
        Files.writeString(svg, svg(chart));
    }

    /**
     * The chart as an SVG document, painted by XChart on JFreeSVG's {@code Graphics2D}: text stays text, numbers
     * have two decimals, the same chart gives the same bytes, and no XML document is built on the way (XChart's own encoder builds a DOM and
     * serializes it, which made the SVG cost a small run more than its CSVs and five times the bytes).
     */
    public static String svg(Chart<?, ?> chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(chart.getWidth(), chart.getHeight());
        g2.setDefsKeyPrefix("plsim-"); // not the default, which is the clock's: the same chart gives the same bytes
        g2.setGeomDoubleConverter(SvgNumbers::twoDecimals);
        chart.paint(g2, chart.getWidth(), chart.getHeight());
        return g2.getSVGDocument();
    }
}
