package org.plsim.reporting.sweep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/** When a category chart's level labels would run into each other (then the chart slants them). */
class CrowdedLabelsTest {
    private static CategoryChart chart() {
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).build();
        ChartStyle.apply(chart.getStyler());
        return chart;
    }

    @Test
    void fourLongFactorPathsAreCrowded() {
        // the galt-sobol-quick chart's factors, which overlapped when drawn level
        assertTrue(ChartStyle.crowded(chart(), List.of("blended_learning.math_effect",
                "implementation.adoption_pd_rate", "partnerships.tutoring_effect_per_hour",
                "implementation.scale_attenuation")));
    }

    @Test
    void fourShortMixLabelsAreNot() {
        assertFalse(ChartStyle.crowded(chart(), List.of("BL", "LP", "BL+LP+CP", "none")));
    }

    @Test
    void shortLabelsCrowdWhenThereAreManyOfThem() {
        assertFalse(ChartStyle.crowded(chart(), Collections.nCopies(8, "BL+LP+CP")));
        assertTrue(ChartStyle.crowded(chart(), Collections.nCopies(30, "BL+LP+CP")));
    }

    @Test
    void noLabelsAreNotCrowded() {
        assertFalse(ChartStyle.crowded(chart(), List.of()));
    }
}
