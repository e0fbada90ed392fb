package org.plsim.analysis;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;

/**
 * Cost per student per 0.1 SD (EVIDENCE.md §7; Levin &amp; Belfield 2015): the plan's cost per enrolled
 * student up to the end of a school year, divided by the effect on all students by then in tenths of an SD.
 * Both are averages over all enrolled students, so their ratio is consistent. A ratio of means over
 * replicates; not estimable (empty) when the effect is not positive.
 */
public final class CostEffectiveness {
    private final Map<Integer, Double> cumulative = new TreeMap<>();

    private CostEffectiveness(Map<Integer, Double> byYear) {
        double sum = 0;
        for (Map.Entry<Integer, Double> e : new TreeMap<>(byYear).entrySet()) {
            sum += e.getValue();
            cumulative.put(e.getKey(), sum);
        }
    }

    /** From the summaries of a run: the mean paired cost effect of each year. */
    public static CostEffectiveness of(Iterable<EffectSummary> summaries) {
        Map<Integer, Double> byYear = new TreeMap<>();
        for (EffectSummary s : summaries) {
            if (s.key().measure() == Measure.COST && s.key().group() == Subgroup.ALL
                    && s.key().grade() == Outcome.ALL_GRADES) {
                byYear.put(s.key().year(), s.effect().mean());
            }
        }
        return new CostEffectiveness(byYear);
    }

    /** Dollars per enrolled student spent in years 1 … {@code year}; empty when the run had no costs. */
    public OptionalDouble costToDate(int year) {
        Double v = cumulative.get(year);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * Dollars per student per 0.1 SD for a summary row: only rows in SD units for all students in all grades,
     * in a year with costs, with a positive effect.
     */
    public OptionalDouble perTenthSd(EffectSummary s) {
        OptionalDouble cost = costToDate(s.key().year());
        double effect = s.effect().mean();
        if (cost.isEmpty() || !s.key().inSdUnits() || s.key().measure() == Measure.GAIN
                || s.key().group() != Subgroup.ALL || s.key().grade() != Outcome.ALL_GRADES || !(effect > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(cost.getAsDouble() / (effect / 0.1));
    }
}
