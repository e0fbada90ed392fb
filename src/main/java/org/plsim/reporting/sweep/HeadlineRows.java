package org.plsim.reporting.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.plsim.analysis.sweep.Headline;
import org.plsim.analysis.sweep.PointSummary;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.model.observe.Subject;

/** The headline outcome of every design point for one subject, and the points ranked by it. */
record HeadlineRows(SweepResults results, Headline headline, Subject subject, ShortLabels shortLabels) {
    HeadlineRows(SweepResults results, Headline headline, Subject subject) {
        this(results, headline, subject, ShortLabels.of(results.design()));
    }

    /** Each point's headline summary in the last year, by point (points that did not report it left out). */
    List<PointSummary> byPoint() {
        return atYear(headline.year());
    }

    List<PointSummary> atYear(int year) {
        List<PointSummary> rows = new ArrayList<>();
        for (int p = 0; p < results.design().points(); p++) {
            results.summary(p, headline.key(subject, year)).ifPresent(rows::add);
        }
        return rows;
    }

    /** Largest mean effect first; ties by point index. */
    List<PointSummary> ranked() {
        return byPoint().stream()
                .sorted(Comparator.comparingDouble((PointSummary s) -> -s.effect().mean())
                        .thenComparingInt(PointSummary::point))
                .toList();
    }

    /** The top {@code n} of {@link #ranked()}. */
    List<PointSummary> top(int n) {
        List<PointSummary> r = ranked();
        return r.subList(0, Math.min(n, r.size()));
    }

    Optional<PointSummary> at(int point, int year) {
        return results.summary(point, headline.key(subject, year));
    }

    String label(int point) {
        return results.design().labels().get(point);
    }

    /** The point's label as charts show it ({@link ShortLabels}). */
    String shortLabel(int point) {
        return shortLabels.of(point);
    }

    /** " (BL = blended_learning, …)" when chart labels are abbreviated, else "". */
    String keyNote() {
        String k = shortLabels.key();
        return k.isEmpty() ? "" : " (" + k + ")";
    }

    /** e.g. "achievement (math)". */
    String outcome() {
        return headline.measure().label() + (subject == Subject.ALL ? "" : " (" + subject.label() + ")");
    }

    String unit() {
        return headline.measure().effectUnit();
    }

    String sweepId() {
        return results.design().sweepId();
    }
}
