package org.plsim.reporting.svg;

import java.util.ArrayList;
import java.util.List;
import org.plsim.analysis.MeanEstimate;

/** Fixed inputs for the SVG charts: four school years of two plans, three replicates each. */
final class SvgFixtures {
    private SvgFixtures() {
    }

    /** Year y's replicates are {@code slope * y} plus −0.02, 0, +0.03 (year 0: exactly 0). */
    static ChartSeries plan(String name, double slope) {
        List<YearEstimate> points = new ArrayList<>();
        for (int year = 0; year <= 4; year++) {
            double m = slope * year;
            points.add(new YearEstimate(year, year == 0 ? MeanEstimate.of(new double[] {0, 0, 0})
                    : MeanEstimate.of(new double[] {m - 0.02, m, m + 0.03})));
        }
        return new ChartSeries(name, points);
    }

    static List<ChartSeries> aAndB() {
        return List.of(plan("A as proposed", 0.04), plan("B your change", 0.055));
    }

    static ChartSeries difference() {
        List<YearEstimate> points = new ArrayList<>();
        for (int year = 0; year <= 4; year++) {
            double m = 0.015 * year;
            points.add(new YearEstimate(year, year == 0 ? MeanEstimate.of(new double[] {0, 0, 0})
                    : MeanEstimate.of(new double[] {m - 0.004, m, m + 0.005})));
        }
        return new ChartSeries("B − A, math", points);
    }
}
