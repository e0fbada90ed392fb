package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.PairedEffect;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * A sweep's paired outcomes, key by key: for each (year, grade, subject, subgroup, measure) the treatment,
 * business-as-usual and effect values of every design point and replicate. A run that did not report a key
 * (or reported a blank) holds NaN there. Keys iterate in {@link #ORDER}, never in hash order.
 */
public final class SweepRuns {
    /** Year, then grade (all, K, 1 … 12), subject, subgroup and measure in their declared orders. */
    public static final Comparator<EffectKey> ORDER = Comparator.comparingInt(EffectKey::year)
            .thenComparingInt(EffectKey::grade).thenComparing(EffectKey::subject)
            .thenComparing(EffectKey::group).thenComparing(EffectKey::measure);

    private final int points;
    private final int replicates;
    private final Map<EffectKey, Cells> cells;

    /**
     * One key's values, each indexed [point][replicate].
     */
    public record Cells(double[][] treatment, double[][] bau, double[][] effect) {
        static Cells empty(int points, int replicates) {
            return new Cells(nan(points, replicates), nan(points, replicates), nan(points, replicates));
        }

        private static double[][] nan(int points, int replicates) {
            double[][] a = new double[points][replicates];
            for (double[] row : a) {
                Arrays.fill(row, Double.NaN);
            }
            return a;
        }

        /** The values at {@code point} of the replicates that reported this key, in replicate order. */
        public static double[] present(double[] row) {
            return Arrays.stream(row).filter(v -> !Double.isNaN(v)).toArray();
        }

        /** Replicates that reported this key at every given point: the ones a within-replicate contrast can use. */
        public List<Integer> commonReplicates(int[] atPoints) {
            List<Integer> common = new ArrayList<>();
            for (int r = 0; r < effect[0].length; r++) {
                final int rr = r;
                if (Arrays.stream(atPoints).allMatch(p -> !Double.isNaN(effect[p][rr]))) {
                    common.add(r);
                }
            }
            return common;
        }
    }

    /**
     * The runs of a sweep held in memory (as {@code runs.csv} holds them on disk): each design point's paired
     * effects, every replicate's, in any order. A key's cells are NaN where a run did not report it.
     *
     * @param points    the design's point count; points with no runs stay NaN
     * @param byPoint   paired effects by point index (0 … points − 1), each carrying its replicate
     * @throws IllegalArgumentException for a point outside the design or a negative replicate
     */
    public static SweepRuns of(int points, Map<Integer, List<PairedEffect>> byPoint) {
        int replicates = 0;
        for (Map.Entry<Integer, List<PairedEffect>> e : byPoint.entrySet()) {
            if (e.getKey() < 0 || e.getKey() >= points) {
                throw new IllegalArgumentException("point: found " + e.getKey() + ", allowed: 0…" + (points - 1));
            }
            for (PairedEffect pe : e.getValue()) {
                if (pe.replicate() < 0) {
                    throw new IllegalArgumentException("replicate: found " + pe.replicate() + ", allowed: ≥ 0");
                }
                replicates = Math.max(replicates, pe.replicate() + 1);
            }
        }
        Map<EffectKey, Cells> cells = new HashMap<>();
        for (Map.Entry<Integer, List<PairedEffect>> e : byPoint.entrySet()) {
            int p = e.getKey();
            for (PairedEffect pe : e.getValue()) {
                final int reps = replicates;
                Cells c = cells.computeIfAbsent(pe.key(), k -> Cells.empty(points, reps));
                c.treatment()[p][pe.replicate()] = pe.treatment();
                c.bau()[p][pe.replicate()] = pe.bau();
                c.effect()[p][pe.replicate()] = pe.effect();
            }
        }
        return new SweepRuns(points, replicates, cells);
    }

    SweepRuns(int points, int replicates, Map<EffectKey, Cells> cells) {
        this.points = points;
        this.replicates = replicates;
        TreeMap<EffectKey, Cells> sorted = new TreeMap<>(ORDER);
        sorted.putAll(cells);
        this.cells = Collections.unmodifiableMap(sorted);
    }

    public int points() {
        return points;
    }

    /** One more than the highest replicate index seen. */
    public int replicates() {
        return replicates;
    }

    /** Every key, in {@link #ORDER}. */
    public List<EffectKey> keys() {
        return List.copyOf(cells.keySet());
    }

    public Optional<Cells> cells(EffectKey key) {
        return Optional.ofNullable(cells.get(key));
    }

    /** The all-grades key of a measure, or empty if the sweep did not keep it. */
    public Optional<Cells> cells(int year, Subject subject, Subgroup group, Measure measure) {
        return cells(new EffectKey(year, Outcome.ALL_GRADES, subject, group, measure));
    }

    /** Whether the runs hold cost rows (the treatment arm's cost per student). */
    public boolean hasCosts() {
        return cells.keySet().stream().anyMatch(k -> k.measure() == Measure.COST);
    }

    /** Replicates a point reported any key for. */
    public int[] replicatesAt(int point) {
        boolean[] seen = new boolean[replicates];
        for (Cells c : cells.values()) {
            for (int r = 0; r < replicates; r++) {
                seen[r] |= !Double.isNaN(c.effect()[point][r]);
            }
        }
        return java.util.stream.IntStream.range(0, replicates).filter(r -> seen[r]).toArray();
    }
}
