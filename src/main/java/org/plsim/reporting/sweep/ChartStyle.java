package org.plsim.reporting.sweep;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IntSummaryStatistics;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.plsim.analysis.sweep.PointSummary;

/** The look shared by the sweep charts (as {@code TrajectoryChart}'s), their size and how they are saved. */
final class ChartStyle {
    static final int WIDTH = 1000;
    static final int HEIGHT = 620;
    /** Ten colours that stay apart for most colour-blind readers (Tableau 10). */
    static final List<Color> PALETTE = List.of(new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759),
            new Color(0x76B7B2), new Color(0x59A14F), new Color(0xEDC948), new Color(0xB07AA1),
            new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC));
    static final Color MUTED = new Color(0x9A, 0x9A, 0x9A);
    static final Color HIGHLIGHT = new Color(0xC8, 0x30, 0x1E);

    private ChartStyle() {
    }

    static void apply(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setChartPadding(14);
        s.setSeriesColors(PALETTE.toArray(Color[]::new));
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            a.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            a.setPlotGridLinesColor(new Color(0xE4, 0xE4, 0xE4));
            a.setMarkerSize(7);
        }
    }

    /** "n = 5 replicates per point", or "n = 3–5 …" when the points differ. */
    static String replicates(List<PointSummary> rows) {
        IntSummaryStatistics n = rows.stream().mapToInt(PointSummary::replicates).summaryStatistics();
        if (n.getCount() == 0) {
            return "no replicates";
        }
        String count = n.getMin() == n.getMax() ? Integer.toString(n.getMax()) : n.getMin() + "–" + n.getMax();
        return "n = " + count + (n.getMax() == 1 ? " replicate per point, no CI" : " replicates per point");
    }

    /** Writes the chart as PNG and as SVG. */
    static void write(Chart<?, ?> chart, Path png, Path svg) throws IOException {
        try (OutputStream out = Files.newOutputStream(png)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
        try (OutputStream out = Files.newOutputStream(svg)) {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        }
    }

    /** Half the width of a 95% interval, or 0 without one (one replicate), for XChart's symmetric error bars. */
    static double halfWidth(org.plsim.analysis.MeanEstimate e) {
        return e.hasInterval() && !Double.isNaN(e.ciHigh()) ? e.ciHigh() - e.mean() : 0;
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
