package org.plsim.reporting.sweep;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.IntSummaryStatistics;
import java.util.List;
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

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
