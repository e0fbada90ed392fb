package org.plsim.reporting.svg;

import java.util.List;
import java.util.function.Function;
import org.plsim.analysis.ComparedEffect;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.MeanEstimate;

/**
 * One named line of a chart, year by year, each point with its 95% interval (drawn as a band). The factories take
 * rows of one subject and measure, e.g. {@code EffectSummaries.headline(...)} filtered to math.
 *
 * <pre>{@code
 * ChartSeries a = ChartSeries.planA("A as proposed", comparison.headline(Measure.ACHIEVEMENT).stream()
 *         .filter(e -> e.key().subject() == Subject.MATH).toList());
 * }</pre>
 *
 * @param name   the legend's name, e.g. {@code "A as proposed"}
 * @param points by year, ascending
 */
public record ChartSeries(String name, List<YearEstimate> points) {
    public ChartSeries {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a chart series needs a name");
        }
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).year() <= points.get(i - 1).year()) {
                throw new IllegalArgumentException("series '" + name + "': years must ascend, found "
                        + points.get(i - 1).year() + " then " + points.get(i).year());
            }
        }
    }

    /** A run's paired effect (plan minus business as usual) by year. */
    public static ChartSeries effects(String name, List<EffectSummary> rows) {
        return of(name, rows, EffectSummary::effect, s -> s.key().year());
    }

    /** Plan A's effect by year, from a comparison's rows. */
    public static ChartSeries planA(String name, List<ComparedEffect> rows) {
        return of(name, rows, ComparedEffect::a, e -> e.key().year());
    }

    /** Plan B's effect by year, from a comparison's rows. */
    public static ChartSeries planB(String name, List<ComparedEffect> rows) {
        return of(name, rows, ComparedEffect::b, e -> e.key().year());
    }

    /** The paired difference B − A by year, from a comparison's rows. */
    public static ChartSeries differences(String name, List<ComparedEffect> rows) {
        return of(name, rows, ComparedEffect::difference, e -> e.key().year());
    }

    private static <T> ChartSeries of(String name, List<T> rows, Function<T, MeanEstimate> estimate,
                                      Function<T, Integer> year) {
        return new ChartSeries(name, rows.stream().map(r -> new YearEstimate(year.apply(r), estimate.apply(r)))
                .toList());
    }
}
