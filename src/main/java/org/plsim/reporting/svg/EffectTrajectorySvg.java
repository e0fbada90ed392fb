package org.plsim.reporting.svg;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The effect of one or more plans year by year, each with its 95% band, as an inline SVG element: e.g. year-4
 * math of "A as proposed" beside "B your change". Every point carries a {@code <title>} with its value and
 * interval; axis labels, legend and title are real {@code <text>}.
 *
 * <pre>{@code
 * String svg = EffectTrajectorySvg.render("trajectory-math", "Effect on math achievement",
 *         List.of(ChartSeries.planA("A as proposed", math), ChartSeries.planB("B your change", math)));
 * }</pre>
 */
public final class EffectTrajectorySvg {
    public static final String X_LABEL = "school year";
    public static final String Y_LABEL = "effect (student-level SD)";

    private EffectTrajectorySvg() {
    }

    /**
     * The chart, 720 × 420 with a view box (scale it with CSS), the same bytes on every render.
     *
     * @param id unique in the page that will hold it (lower-case letters, digits, hyphens)
     */
    public static String render(String id, String title, List<ChartSeries> series) {
        String names = series.stream().map(ChartSeries::name).collect(Collectors.joining(", "));
        return SvgChart.render(id, title, "Effect by school year in student-level SD, with 95% intervals as bands: "
                + names + ".", series, new SvgChart.Look(Y_LABEL, false, 0));
    }

    /**
     * As {@link #render}, with a dashed line at 0 (no effect): a band clear of it is an effect the replicates
     * resolve. A run's report draws its effects so.
     */
    public static String renderAgainstZero(String id, String title, List<ChartSeries> series) {
        String names = series.stream().map(ChartSeries::name).collect(Collectors.joining(", "));
        return SvgChart.render(id, title, "Effect by school year in student-level SD, with 95% intervals as bands "
                + "and a dashed line at zero (no effect): " + names + ".", series, new SvgChart.Look(Y_LABEL, true, 0));
    }
}
