package org.plsim.reporting.sweep;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.IntSummaryStatistics;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.plsim.analysis.sweep.PointSummary;
import org.plsim.reporting.ChartLook;

/** The sweep charts' size and palette, on {@link ChartLook}'s look, and their small shared helpers. */
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

    /** {@link ChartLook}'s look with the sweep palette. */
    static void apply(Styler s) {
        ChartLook.apply(s);
        s.setSeriesColors(PALETTE.toArray(Color[]::new));
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

    static void write(Chart<?, ?> chart, Path png, Path svg) throws IOException {
        ChartLook.write(chart, png, svg);
    }

    /** Half the width of a 95% interval, or 0 without one (one replicate), for XChart's symmetric error bars. */
    static double halfWidth(org.plsim.analysis.MeanEstimate e) {
        return e.hasInterval() && !Double.isNaN(e.ciHigh()) ? e.ciHigh() - e.mean() : 0;
    }

    /** Pixels of a chart's width that are not its plot: the y axis's labels and title, and the paddings. */
    static final int OUTSIDE_PLOT = 130;

    /**
     * Whether the category labels, written level, would run into each other: the widest, in the tick-label font,
     * is wider than nine tenths of a category's share of the plot's width. Call after {@link #apply}. Charts
     * then slant their labels (XChart draws level labels over each other, as long factor paths did on the
     * Sobol chart).
     */
    static boolean crowded(CategoryChart chart, List<String> labels) {
        if (labels.isEmpty()) {
            return false;
        }
        Font font = chart.getStyler().getAxisTickLabelsFont();
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, ChartLook.textBounds(font, label).getWidth());
        }
        double slot = (chart.getWidth() - OUTSIDE_PLOT) / (double) labels.size();
        return widest > 0.9 * slot;
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
