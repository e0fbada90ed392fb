package org.plsim.reporting;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
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

    /** Smallest title font {@link #fitTitle} goes down to, in points. */
    static final int MIN_TITLE_POINTS = 11;

    /** Pixels an axes chart's y axis (its title and tick labels) takes left of the plot: an estimate. */
    static final int Y_AXIS_PX = 80;

    /**
     * Makes the title fit: XChart draws it on one line, centred over the plot, and cuts what runs past the chart's
     * edges (a sweep's id, outcome, year and replicate count can run past 1,000 pixels, and a legend right of the
     * plot moves the plot's centre left). The title font is made a point smaller at a time, down to
     * {@link #MIN_TITLE_POINTS}, until the title fits the room either side of the plot's centre, which is
     * estimated from the paddings, {@link #Y_AXIS_PX} and the legend's longest entry.
     */
    public static void fitTitle(Chart<?, ?> chart) {
        Styler s = chart.getStyler();
        String title = chart.getTitle();
        if (title == null || title.isEmpty() || !s.isChartTitleVisible()) {
            return;
        }
        double room = titleRoom(chart);
        Font font = s.getChartTitleFont();
        while (font.getSize() > MIN_TITLE_POINTS && textBounds(font, title).getWidth() > room) {
            font = font.deriveFont((float) (font.getSize() - 1));
        }
        s.setChartTitleFont(font);
    }

    /** Anti-aliased, fractional metrics, no transform: text measured as the charts draw it at 1:1. */
    private static final FontRenderContext TEXT = new FontRenderContext(null, true, true);

    /** The pixels {@code text} takes in {@code font} (its width and line height), as the charts lay it out. */
    public static Rectangle2D textBounds(Font font, String text) {
        return font.getStringBounds(text, TEXT);
    }

    /** Pixels the title may take: twice the room from the plot's estimated centre to the nearer edge, less padding. */
    static double titleRoom(Chart<?, ?> chart) {
        Styler s = chart.getStyler();
        double left = s.getChartPadding() + (s instanceof AxesChartStyler ? Y_AXIS_PX : 0);
        double right = s.getChartPadding() + legendRightOfPlot(chart);
        double centre = left + (chart.getWidth() - left - right) / 2;
        return 2 * Math.min(centre, chart.getWidth() - centre) - 2.0 * s.getChartPadding();
    }

    /** The width a legend right of the plot takes (its longest entry, line sample and paddings); else 0. */
    private static double legendRightOfPlot(Chart<?, ?> chart) {
        Styler s = chart.getStyler();
        if (!s.isLegendVisible() || s.getLegendPosition() != Styler.LegendPosition.OutsideE) {
            return 0;
        }
        double widest = 0;
        for (String name : chart.getSeriesMap().keySet()) {
            widest = Math.max(widest, textBounds(s.getLegendFont(), name).getWidth());
        }
        return widest + s.getLegendSeriesLineLength() + 4.0 * s.getLegendPadding();
    }

    /** Writes the chart as PNG and as SVG, its title fitted to its width ({@link #fitTitle}). */
    public static void write(Chart<?, ?> chart, Path png, Path svg) throws IOException {
        fitTitle(chart);
        try (OutputStream out = Files.newOutputStream(png)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
        Files.writeString(svg, svg(chart));
    }

    /**
     * The chart as an SVG document, painted by XChart on JFreeSVG's {@code Graphics2D}: text stays text, numbers
     * have two decimals, the same chart gives the same bytes, and no XML document is built on the way (XChart's own encoder builds a DOM and
     * serializes it, which made the SVG cost a small run more than its CSVs and five times the bytes). The title
     * is fitted to the width first ({@link #fitTitle}).
     */
    public static String svg(Chart<?, ?> chart) {
        fitTitle(chart);
        SVGGraphics2D g2 = new SVGGraphics2D(chart.getWidth(), chart.getHeight());
        g2.setDefsKeyPrefix("plsim-"); // not the default, which is the clock's: the same chart gives the same bytes
        g2.setGeomDoubleConverter(SvgNumbers::twoDecimals);
        chart.paint(g2, chart.getWidth(), chart.getHeight());
        return g2.getSVGDocument();
    }
}
