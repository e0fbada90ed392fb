package org.plsim.reporting.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cost-vs-effect chart puts a frontier label below its point when above it would overlap a neighbour's. */
class FrontierLabelsTest {
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    // the component-mix-quick chart's scale: about 4.2 dollars and 0.00027 SD a pixel
    private static final double X_PER_PIXEL = 4.2;
    private static final double Y_PER_PIXEL = 0.00027;
    private static final double LIFT = 0.0045;

    @Test
    void pointsFarApartAreLabelledAbove() {
        double[] y = {0.02, 0.05, 0.09};
        double[] at = CostEffectChart.labelHeights(List.of("CP", "BL+LP", "BL+LP+CP+P"), new double[] {400, 1800, 3400},
                y, FONT, X_PER_PIXEL, Y_PER_PIXEL, LIFT);
        assertArrayEquals(new double[] {y[0] + LIFT, y[1] + LIFT, y[2] + LIFT}, at, 1e-12);
    }

    @Test
    void aLabelThatWouldOverlapTheOneBeforeGoesBelow() {
        // BL+CP and BL+LP+CP: 160 dollars apart, the same effect (they were drawn into each other)
        double[] y = {0.0533, 0.0535};
        double[] at = CostEffectChart.labelHeights(List.of("BL+CP", "BL+LP+CP"), new double[] {1070, 1230}, y, FONT,
                X_PER_PIXEL, Y_PER_PIXEL, LIFT);
        assertArrayEquals(new double[] {y[0] + LIFT}, new double[] {at[0]}, 1e-12);
        assertTrue(at[1] < y[1] - LIFT, "below its point: " + at[1]);
    }

    @Test
    void whenBelowIsTakenTooTheLabelStaysAbove() {
        // three labels at one place: the second goes below, the third has nowhere free and keeps above
        double[] y = {0.05, 0.05, 0.05};
        double[] at = CostEffectChart.labelHeights(List.of("BL+CP", "BL+LP+CP", "LP+CP"), new double[] {1000, 1010, 1020},
                y, FONT, X_PER_PIXEL, Y_PER_PIXEL, LIFT);
        assertTrue(at[1] < y[1]);
        assertArrayEquals(new double[] {y[0] + LIFT, y[2] + LIFT}, new double[] {at[0], at[2]}, 1e-12);
    }
}
