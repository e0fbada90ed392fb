package org.plsim.workflow.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.sweep.PointSummary;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.io.csv.Decimals;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * The sweep's answer at a glance: the design points with the largest effect on math achievement (all students,
 * all grades) in the last year, with their 95% CI and cost per 0.1 SD. The numbers are those of
 * {@code summary.csv} (six decimals, NaN for a blank cell), so what is shown agrees with the file to the digit.
 *
 * @param year the last year with such a row (0 when the sweep kept none)
 * @param rows at most {@link #SHOWN}, largest mean effect first (ties in summary order)
 */
public record LargestEffects(int year, List<Row> rows) {
    public static final int SHOWN = 5;

    /** One design point's headline row, as {@code summary.csv} holds it. */
    public record Row(String label, double effectMean, double ciLow, double ciHigh, double costPerTenthSd) {
    }

    public LargestEffects {
        rows = List.copyOf(rows);
    }

    public static LargestEffects of(SweepResults results) {
        List<PointSummary> rows = new ArrayList<>();
        int last = 0;
        for (PointSummary s : results.summaries()) {
            EffectKey k = s.key();
            if (k.measure() == Measure.ACHIEVEMENT && k.subject() == Subject.MATH && k.group() == Subgroup.ALL
                    && k.grade() == Outcome.ALL_GRADES) {
                if (k.year() > last) {
                    rows.clear();
                    last = k.year();
                }
                if (k.year() == last) {
                    rows.add(s);
                }
            }
        }
        List<Row> shown = rows.stream().map(s -> row(s, results.design().labels().get(s.point())))
                .sorted(Comparator.comparingDouble((Row r) -> -r.effectMean())).toList();
        return new LargestEffects(last, shown.subList(0, Math.min(SHOWN, shown.size())));
    }

    private static Row row(PointSummary s, String label) {
        return new Row(label, csv(s.effect().mean()), csv(s.effect().ciLow()), csv(s.effect().ciHigh()),
                s.perTenthSd() == null ? Double.NaN : csv(s.perTenthSd().mean()));
    }

    /** The value as summary.csv writes it and reads back: six decimals, NaN for a blank cell. */
    private static double csv(double v) {
        String cell = Decimals.fixed(v);
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }
}
