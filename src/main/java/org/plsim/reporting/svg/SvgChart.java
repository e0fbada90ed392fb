package org.plsim.reporting.svg;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;
import org.plsim.analysis.MeanEstimate;

/**
 * The drawing every SVG chart shares: lines with a 95% band per series (JFreeChart's {@code DeviationRenderer}),
 * integer school years on the x axis, fixed fonts, sizes and colours, and an SVG string that is the same on every
 * render: the defs keys are prefixed with the chart's id instead of JFreeSVG's time-based default, coordinates
 * are rounded to two decimals, numbers are written in {@link Locale#ROOT}. Text widths come from the JVM's font
 * metrics, so the bytes are the same on every JVM of a machine and of machines with the same fonts.
 */
final class SvgChart {
    static final int WIDTH = 720;
    static final int HEIGHT = 420;
    /** Okabe–Ito colours, distinguishable with colour-blindness, each at least 3:1 against white. */
    static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0x6A3D9A), new Color(0x8C6D00));
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern STYLE = Pattern.compile(" style='([^']*)'");
    private static final String FONT = Font.SANS_SERIF;
    private static final Color INK = new Color(0x222222);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final double POINT_RADIUS = 3.5;
    private static final double HOVER_RADIUS = 9;
    private static final int Y_TICKS = 7;

    /**
     * What differs between the kinds of chart.
     *
     * @param yLabel    the y axis's label, with its unit
     * @param zeroLine  whether to draw a line at 0 (no difference)
     * @param firstColour where in {@link #PALETTE} the first series' colour is
     */
    record Look(String yLabel, boolean zeroLine, int firstColour) {
    }

    private SvgChart() {
    }

    /**
     * The chart as an inline {@code <svg>} element.
     *
     * @param id          unique in the page that will hold it: the element's id and the prefix of every id inside
     * @param description what the chart shows, for screen readers ({@code <desc>})
     */
    static String render(String id, String title, String description, List<ChartSeries> series, Look look) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("chart id: found '" + id + "', allowed: a lower-case letter, then up "
                    + "to 63 lower-case letters, digits or hyphens");
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one series");
        }
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // drawn off-screen, also on a desktop
        }
        // JFreeChart's default draws rotated text (the y axis's label) as glyph outlines; off, it is a rotated
        // <text>. A JVM-wide switch of JFreeChart's, which only these charts use.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
        JFreeChart chart = chart(title, series, look);
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix(id);
        g2.setGeomDoubleConverter(SvgNumbers::twoDecimals);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), info);
        pointTitles(g2, info, series);
        return accessible(presentationAttributes(g2.getSVGElement(id, true, new ViewBox(0, 0, WIDTH, HEIGHT), null,
                null)), id, title, description);
    }

    /**
     * Every {@code style='fill:…;stroke:…'} JFreeSVG writes, as presentation attributes ({@code fill="…"
     * stroke="…"}): a page whose Content-Security-Policy allows no inline style ({@code style-src 'self'})
     * ignores style attributes, and would draw the chart black, but never presentation attributes. Every
     * property JFreeSVG writes (fill, stroke and their opacities, widths, caps, joins, dashes, fonts,
     * shape-rendering) is one.
     */
    static String presentationAttributes(String svg) {
        Matcher m = STYLE.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (m.find()) {
            StringBuilder attributes = new StringBuilder();
            for (String declaration : m.group(1).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    attributes.append(' ').append(declaration.substring(0, colon).strip()).append("=\"")
                            .append(declaration.substring(colon + 1).strip().replace("\"", "&quot;")).append('"');
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(attributes.toString()));
        }
        return m.appendTail(out).toString();
    }

    private static JFreeChart chart(String title, List<ChartSeries> series, Look look) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        Set<String> names = new HashSet<>();
        for (ChartSeries s : series) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two chart series are named '" + s.name() + "'");
            }
            YIntervalSeries ys = new YIntervalSeries(s.name(), false, false);
            for (YearEstimate p : s.points()) {
                MeanEstimate e = p.estimate();
                ys.add(p.year(), e.mean(), e.hasInterval() ? e.ciLow() : e.mean(),
                        e.hasInterval() ? e.ciHigh() : e.mean());
            }
            data.addSeries(ys);
        }
        NumberAxis x = axis("school year");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.03);
        x.setUpperMargin(0.03);
        NumberAxis y = axis(look.yLabel());
        y.setAutoRangeIncludesZero(true);
        y.setTickUnit(tickUnit(data), false, true);
        XYPlot plot = new XYPlot(data, x, y, renderer(series.size(), look.firstColour()));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (look.zeroLine()) {
            ValueMarker zero = new ValueMarker(0, INK, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            plot.addRangeMarker(zero);
        }
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 16), plot, true);
        chart.getTitle().setPaint(INK);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(new Font(FONT, Font.PLAIN, 13));
        legend.setItemPaint(INK);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    /**
     * The y axis's step: the smallest of 1, 2, 2.5 or 5 times a power of ten that gives at most {@value #Y_TICKS}
     * steps over the bands and 0, every label with the same decimals ({@code 0.00, 0.05, 0.10}).
     */
    static NumberTickUnit tickUnit(YIntervalSeriesCollection data) {
        double low = 0;
        double high = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                low = Math.min(low, data.getStartYValue(s, i));
                high = Math.max(high, data.getEndYValue(s, i));
            }
        }
        double span = Math.max(high - low, 1e-6);
        BigDecimal step;
        for (int k = 0; ; k++) {
            step = BigDecimal.valueOf(new double[] {1, 2, 2.5, 5}[k % 4]).movePointRight(k / 4 - 6);
            if (span / step.doubleValue() <= Y_TICKS) {
                break;
            }
        }
        int decimals = Math.max(0, step.stripTrailingZeros().scale());
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return new NumberTickUnit(step.doubleValue(), format);
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeStickyZero(false); // margins below 0 too, so points and the zero line clear the axis
        a.setLabelFont(new Font(FONT, Font.PLAIN, 14));
        a.setLabelPaint(INK);
        a.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        a.setTickLabelPaint(INK);
        a.setAxisLinePaint(INK);
        a.setTickMarkPaint(INK);
        return a;
    }

    private static DeviationRenderer renderer(int count, int firstColour) {
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setAlpha(0.18f);
        for (int i = 0; i < count; i++) {
            Color c = PALETTE.get((firstColour + i) % PALETTE.size());
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
            r.setSeriesStroke(i, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            r.setSeriesShape(i, new Ellipse2D.Double(-POINT_RADIUS, -POINT_RADIUS, 2 * POINT_RADIUS,
                    2 * POINT_RADIUS));
        }
        return r;
    }

    /**
     * Over each point JFreeChart drew, a transparent circle in a group whose {@code <title>} names the series, the
     * year and the value with its interval: the browser shows it on hover, a screen reader reads it.
     */
    private static void pointTitles(SVGGraphics2D g2, ChartRenderingInfo info, List<ChartSeries> series) {
        g2.setPaint(new Color(0, 0, 0, 0));
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof XYItemEntity e) {
                ChartSeries s = series.get(e.getSeriesIndex());
                YearEstimate p = s.points().get(e.getItem());
                Rectangle2D at = ((ChartEntity) e).getArea().getBounds2D();
                g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of());
                g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, tip(s.name(), p));
                g2.fill(new Ellipse2D.Double(at.getCenterX() - HOVER_RADIUS, at.getCenterY() - HOVER_RADIUS,
                        2 * HOVER_RADIUS, 2 * HOVER_RADIUS));
                g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
            }
        }
    }

    /** {@code A as proposed, year 4: +0.123 SD (95% CI +0.100 to +0.146)}. */
    static String tip(String series, YearEstimate p) {
        MeanEstimate e = p.estimate();
        String ci = e.hasInterval() ? String.format(Locale.ROOT, " (95%% CI %+.3f to %+.3f)", e.ciLow(), e.ciHigh())
                : " (one replicate: no interval)";
        return String.format(Locale.ROOT, "%s, year %d: %+.3f SD%s", series, p.year(), e.mean(), ci);
    }

    /** {@code role="img"} with the title and description as the first children, named by aria-labelledby. */
    private static String accessible(String svg, String id, String title, String description) {
        int open = svg.indexOf('>');
        return "<svg role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\"" + svg.substring(4, open + 1)
                + "<title id=\"" + id + "-title\">" + SVGUtils.escapeForXML(title) + "</title><desc id=\"" + id
                + "-desc\">" + SVGUtils.escapeForXML(description) + "</desc>" + svg.substring(open + 1);
    }
}
