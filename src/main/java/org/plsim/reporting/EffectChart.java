package org.plsim.reporting;

import java.util.ArrayList;
import java.util.List;
import org.plsim.analysis.EffectSummaries;
import org.plsim.analysis.EffectSummary;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subject;
import org.plsim.reporting.svg.ChartSeries;
import org.plsim.reporting.svg.EffectTrajectorySvg;

/**
 * The chart a run's answer is read from: the paired effect (plan minus business as usual) on achievement of all
 * students by school year, in student SD with its 95% interval, math and reading, against a dashed line at 0;
 * with the effect on curriculum-aligned tests beside each when the plan moves them differently (competency
 * progression does). Unlike {@link TrajectoryChart}'s levels, whose bands hold the spread between replicates,
 * these bands hold the paired effect's own uncertainty. SVG from {@code reporting.svg}: no rasterising, the same
 * bytes on every render.
 */
public final class EffectChart {
    public static final String SVG = "effects.svg";
    static final String ID = "effects";

    private EffectChart() {
    }

    /** The chart as an {@code <svg>} element (a whole SVG document too: it names its namespace). */
    public static String svg(String scenarioId, List<EffectSummary> summaries) {
        List<EffectSummary> standardized = EffectSummaries.headline(summaries, Measure.ACHIEVEMENT);
        List<EffectSummary> aligned = EffectSummaries.headline(summaries, Measure.ALIGNED_MASTERY);
        boolean both = differ(standardized, aligned);
        List<ChartSeries> series = new ArrayList<>();
        for (List<EffectSummary> rows : both ? List.of(standardized, aligned) : List.of(standardized)) {
            for (Subject subject : Subject.TESTED) {
                List<EffectSummary> one = rows.stream().filter(r -> r.key().subject() == subject).toList();
                if (!one.isEmpty()) {
                    String name = cap(subject.label()) + (!both ? "" : rows == standardized ? ", standardized tests"
                            : ", aligned tests");
                    series.add(ChartSeries.effects(name, one));
                }
            }
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException("run " + scenarioId + " reported no achievement to chart");
        }
        int replicates = standardized.stream().mapToInt(EffectSummary::replicates).max().orElse(0);
        String title = scenarioId + ": effect of the plan (" + replicates + " paired replicate"
                + (replicates == 1 ? ", so no interval)" : "s)");
        return EffectTrajectorySvg.renderAgainstZero(ID, title, series);
    }

    /** Whether aligned tests see another effect than standardized ones in some year and subject. */
    static boolean differ(List<EffectSummary> standardized, List<EffectSummary> aligned) {
        for (EffectSummary s : standardized) {
            for (EffectSummary a : aligned) {
                if (a.key().year() == s.key().year() && a.key().subject() == s.key().subject()
                        && Math.abs(a.effect().mean() - s.effect().mean()) > 1e-9) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
