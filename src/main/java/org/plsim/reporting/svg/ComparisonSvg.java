package org.plsim.reporting.svg;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The paired difference B − A year by year with its 95% band and a dashed line at 0 (no difference), as an
 * inline SVG element. A band clear of the line is a difference the replicates resolve.
 *
 * <pre>{@code
 * String svg = ComparisonSvg.render("comparison", "B − A: math achievement",
 *         List.of(ChartSeries.differences("B − A, math", math)));
 * }</pre>
 */
public final class ComparisonSvg {
    public static final String Y_LABEL = "difference B − A (student-level SD)";

    private ComparisonSvg() {
    }

    /**
     * The chart, 720 × 420 with a view box (scale it with CSS), the same bytes on every render.
     *
     * @param id          unique in the page that will hold it (lower-case letters, digits, hyphens)
     * @param differences one series per subject or measure, e.g. from {@link ChartSeries#differences}
     */
    public static String render(String id, String title, List<ChartSeries> differences) {
        String names = differences.stream().map(ChartSeries::name).collect(Collectors.joining(", "));
        return SvgChart.render(id, title, "Paired difference B minus A by school year in student-level SD, with "
                + "95% intervals as bands and a dashed line at zero: " + names + ".", differences,
                new SvgChart.Look(Y_LABEL, true, 4));
    }
}
