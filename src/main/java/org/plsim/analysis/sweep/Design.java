package org.plsim.analysis.sweep;

import java.util.Arrays;
import java.util.List;

/**
 * A sweep's design as the analysis sees it: its points' labels and factor values, both as text (for
 * tables and axes) and as numbers (on/off counts as 1/0; a value that is not a number is NaN).
 *
 * @param type         {@code factorial}, {@code component_mix}, {@code latin_hypercube}, {@code random},
 *                     {@code morris}, {@code sobol} or {@code scenarios}
 * @param factors      factor paths (component-mix: component names first), in design order
 * @param labels       one label per point, by point index
 * @param text         text[point][factor], e.g. {@code on}, {@code 0.5}
 * @param levels       levels[point][factor], NaN when not a number
 * @param trajectories Morris only: point indices along each trajectory; else empty
 */
public record Design(String sweepId, String type, List<String> factors, List<String> labels,
                     List<List<String>> text, double[][] levels, List<List<Integer>> trajectories) {
    public static final String COMPONENT_MIX = "component_mix";
    public static final String FACTORIAL = "factorial";
    public static final String MORRIS = "morris";
    /** Saltelli's scheme: k + 2 points per base sample (A, B, A_B^(1) … A_B^(k)). */
    public static final String SOBOL = "sobol";
    /** One whole scenario file a point (a cohort of districts): no factors. */
    public static final String SCENARIOS = "scenarios";
    public static final String ON = "on";
    public static final String OFF = "off";

    public Design {
        factors = List.copyOf(factors);
        labels = List.copyOf(labels);
        text = text.stream().map(List::copyOf).toList();
        levels = Arrays.stream(levels).map(double[]::clone).toArray(double[][]::new);
        trajectories = trajectories.stream().map(List::copyOf).toList();
        if (text.size() != labels.size() || levels.length != labels.size()) {
            throw new IllegalArgumentException("design: " + labels.size() + " labels but " + text.size()
                    + " rows of factor text and " + levels.length + " of levels");
        }
    }

    public int points() {
        return labels.size();
    }

    /** Whether factor f is switched on or off at every point (a component of a component-mix design). */
    public boolean isSwitch(int f) {
        return text.stream().allMatch(row -> row.get(f).equals(ON) || row.get(f).equals(OFF));
    }

    /** Whether factor f has a number at every point and at least two distinct values. */
    public boolean isNumeric(int f) {
        double min = min(f);
        return text.size() > 0 && Arrays.stream(levels).allMatch(row -> Double.isFinite(row[f])) && max(f) > min;
    }

    public double min(int f) {
        return Arrays.stream(levels).mapToDouble(row -> row[f]).min().orElse(Double.NaN);
    }

    public double max(int f) {
        return Arrays.stream(levels).mapToDouble(row -> row[f]).max().orElse(Double.NaN);
    }

    /** Factor f's value at each point scaled to [0, 1] over the design's range (min → 0, max → 1). */
    public double scaled(int point, int f) {
        return (levels[point][f] - min(f)) / (max(f) - min(f));
    }

    /** The distinct text values of factor f, in order of first appearance over the points. */
    public List<String> values(int f) {
        return text.stream().map(row -> row.get(f)).distinct().toList();
    }
}
