package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.MeanEstimate;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;

/** Changes in the {@link SubgroupGap}s of standardized achievement, per design point: {@code equity.csv}. */
public final class Equity {
    public static final Measure MEASURE = Measure.ACHIEVEMENT;

    private Equity() {
    }

    /**
     * By point, then year, grade and subject (as {@link SweepRuns#ORDER}), then gap; a gap is left out where
     * either group was not kept or not reported.
     */
    public static List<GapChange> of(SweepRuns runs) {
        Set<EffectKey> slots = new LinkedHashSet<>(); // (year, grade, subject) with the subgroup set to ALL
        for (EffectKey k : runs.keys()) {
            if (k.measure() == MEASURE) {
                slots.add(new EffectKey(k.year(), k.grade(), k.subject(), Subgroup.ALL, MEASURE));
            }
        }
        List<GapChange> out = new ArrayList<>();
        for (int p = 0; p < runs.points(); p++) {
            for (EffectKey slot : slots) {
                for (SubgroupGap gap : SubgroupGap.values()) {
                    change(runs, p, slot, gap).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Optional<GapChange> change(SweepRuns runs, int p, EffectKey slot, SubgroupGap gap) {
        Optional<SweepRuns.Cells> upper = runs.cells(withGroup(slot, gap.upper()));
        Optional<SweepRuns.Cells> lower = runs.cells(withGroup(slot, gap.lower()));
        if (upper.isEmpty() || lower.isEmpty()) {
            return Optional.empty();
        }
        List<Double> bau = new ArrayList<>();
        List<Double> treatment = new ArrayList<>();
        List<Double> change = new ArrayList<>();
        for (int r = 0; r < runs.replicates(); r++) {
            double eu = upper.get().effect()[p][r];
            double el = lower.get().effect()[p][r];
            if (!Double.isNaN(eu) && !Double.isNaN(el)) {
                bau.add(upper.get().bau()[p][r] - lower.get().bau()[p][r]);
                treatment.add(upper.get().treatment()[p][r] - lower.get().treatment()[p][r]);
                change.add(eu - el);
            }
        }
        if (change.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GapChange(p, gap, slot.year(), slot.grade(), slot.subject(), MEASURE, of(bau),
                of(treatment), of(change)));
    }

    private static EffectKey withGroup(EffectKey k, Subgroup g) {
        return new EffectKey(k.year(), k.grade(), k.subject(), g, k.measure());
    }

    private static MeanEstimate of(List<Double> values) {
        return MeanEstimate.of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
