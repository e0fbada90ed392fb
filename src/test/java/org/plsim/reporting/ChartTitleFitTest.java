package org.plsim.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** A chart's title is fitted to its width (XChart cuts a title that runs past it). */
class ChartTitleFitTest {
    private static final String SWEEP_TITLE = "component-mix-quick: cost and effect on achievement (math), year 2 "
            + "(n = 8 replicates per point; frontier joined)";

    private static XYChart chart(String title) {
        XYChart chart = new XYChartBuilder().width(1000).height(620).title(title).build();
        ChartLook.apply(chart.getStyler());
        chart.addSeries("s", new double[] {0, 1}, new double[] {0, 1});
        return chart;
    }

    private static double width(XYChart chart) {
        return chart.getStyler().getChartTitleFont()
                .getStringBounds(chart.getTitle(), new FontRenderContext(null, true, true)).getWidth();
    }

    private static double room(XYChart chart) {
        return ChartLook.titleRoom(chart);
    }

    @Test
    void aLongTitleIsMadeSmallerUntilItFits() {
        XYChart chart = chart(SWEEP_TITLE);
        assertTrue(width(chart) > room(chart), "the sweep chart's title overruns 1,000 px at 16 pt");
        ChartLook.fitTitle(chart);
        int size = chart.getStyler().getChartTitleFont().getSize();
        assertTrue(size < 16 && size >= ChartLook.MIN_TITLE_POINTS, "size " + size);
        assertTrue(width(chart) <= room(chart));
        Font larger = chart.getStyler().getChartTitleFont().deriveFont((float) (size + 1));
        assertTrue(larger.getStringBounds(SWEEP_TITLE, new FontRenderContext(null, true, true)).getWidth()
                > room(chart), "one point larger would not fit: the largest size that fits is kept");
        assertEquals(Font.BOLD, chart.getStyler().getChartTitleFont().getStyle());
    }

    @Test
    void aLegendRightOfThePlotLeavesTheTitleLessRoom() {
        XYChart below = chart(SWEEP_TITLE);
        XYChart right = chart(SWEEP_TITLE);
        right.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        right.addSeries("CP = competency_progression", new double[] {0, 1}, new double[] {1, 0});
        double pad = below.getStyler().getChartPadding();
        assertTrue(room(below) <= below.getWidth() - 2 * pad - ChartLook.Y_AXIS_PX, "the y axis is allowed for");
        assertTrue(room(right) < room(below) - 100, room(right) + " vs " + room(below));
        ChartLook.fitTitle(below);
        ChartLook.fitTitle(right);
        assertTrue(right.getStyler().getChartTitleFont().getSize() < below.getStyler().getChartTitleFont().getSize());
        assertTrue(width(right) <= room(right));
    }

    @Test
    void aTitleThatFitsKeepsItsFont() {
        XYChart chart = chart("lindsay: mean achievement");
        Font before = chart.getStyler().getChartTitleFont();
        ChartLook.fitTitle(chart);
        assertEquals(before, chart.getStyler().getChartTitleFont());
    }

    @Test
    void aTitleTooLongForAnySizeStopsAtTheSmallest() {
        XYChart chart = chart(SWEEP_TITLE.repeat(4));
        ChartLook.fitTitle(chart);
        assertEquals(ChartLook.MIN_TITLE_POINTS, chart.getStyler().getChartTitleFont().getSize());
    }

    @Test
    void writingASvgFitsTheTitle() {
        XYChart chart = chart(SWEEP_TITLE);
        ChartLook.svg(chart);
        assertTrue(chart.getStyler().getChartTitleFont().getSize() < 16);
        assertTrue(width(chart) <= room(chart));
    }
}
