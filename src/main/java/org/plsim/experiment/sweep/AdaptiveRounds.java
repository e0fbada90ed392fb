package org.plsim.experiment.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.plsim.analysis.MeanEstimate;
import org.plsim.model.observe.Outcome;

/**
 * Adaptive replicates, round by round: every point starts with the sweep's fixed count (at least 2, the
 * fewest with a confidence interval); after each round, each point whose 95% t-interval of the watched
 * effect is wider than the target (half-width above it) gets {@code batch} more replicates, up to
 * {@code max}. The sweep stops when every point meets the target, or when no point that misses it may grow.
 *
 * <p>The decision is a pure function of the watched values, which are a pure function of the run keys, so
 * a resumed sweep replays the same rounds and stops at the same counts.
 */
public final class AdaptiveRounds {
    /** Why the rounds stopped: every point met the target. */
    public static final String TARGET = "target";
    /** Why the rounds stopped: some point missed the target at the maximum count. */
    public static final String MAX = "max";

    private final Replicates.Adaptive rule;
    private final int[] replicates;
    private final double[] halfWidths;
    private int rounds;
    private String stopped;

    public AdaptiveRounds(Replicates replicates, int points) {
        this.rule = replicates.adaptive();
        if (rule == null || rule.batch() < 1 || rule.max() < 2 || !(rule.targetHalfWidth() >= 0)) {
            throw new IllegalArgumentException("adaptive replicates need a batch of at least 1, a max of at least 2"
                    + " and a target half-width of at least 0; found " + rule);
        }
        this.replicates = new int[points];
        Arrays.fill(this.replicates, Math.min(rule.max(), Math.max(2, replicates.fixed())));
        this.halfWidths = new double[points];
        Arrays.fill(halfWidths, Double.NaN);
    }

    /** Every key up to the current counts, in run order (replicate, then point). */
    public List<SweepKey> keys() {
        List<SweepKey> keys = new ArrayList<>();
        for (int p = 0; p < replicates.length; p++) {
            for (int r = 0; r < replicates[p]; r++) {
                keys.add(new SweepKey(p, r));
            }
        }
        keys.sort(Comparator.comparingInt(SweepKey::replicate).thenComparingInt(SweepKey::point));
        return keys;
    }

    /**
     * Judges the round just run from the watched value of every key in {@link #keys()}; returns true when
     * the sweep is done, else raises the counts of the points that missed the target.
     */
    public boolean advance(Map<SweepKey, Double> watched) {
        rounds++;
        boolean allMet = true;
        boolean grew = false;
        for (int p = 0; p < replicates.length; p++) {
            double[] values = new double[replicates[p]];
            for (int r = 0; r < values.length; r++) {
                Double v = watched.get(new SweepKey(p, r));
                if (v == null) {
                    throw new IllegalStateException("no watched value for point " + p + " replicate " + r);
                }
                values[r] = v;
            }
            MeanEstimate e = MeanEstimate.of(values);
            halfWidths[p] = (e.ciHigh() - e.ciLow()) / 2;
            if (!(halfWidths[p] <= rule.targetHalfWidth())) {
                allMet = false;
                if (replicates[p] < rule.max()) {
                    replicates[p] = Math.min(rule.max(), replicates[p] + rule.batch());
                    grew = true;
                }
            }
        }
        if (allMet || !grew) {
            stopped = allMet ? TARGET : MAX;
        }
        return stopped != null;
    }

    public int replicates(int point) {
        return replicates[point];
    }

    public List<Integer> replicatesByPoint() {
        return Arrays.stream(replicates).boxed().toList();
    }

    /** Each point's 95% CI half-width at the last judgement (NaN before the first). */
    public List<Double> halfWidths() {
        return Arrays.stream(halfWidths).boxed().toList();
    }

    public int rounds() {
        return rounds;
    }

    /** {@link #TARGET} or {@link #MAX} once done; null while rounds remain. */
    public String stopped() {
        return stopped;
    }

    /** The effect the rule watches in one run: treatment − business as usual, all grades, at its year. */
    static double watched(Replicates.Adaptive rule, SweepKey key, List<Outcome> treatment, List<Outcome> bau) {
        return value(rule, key, treatment) - value(rule, key, bau);
    }

    private static double value(Replicates.Adaptive rule, SweepKey key, List<Outcome> arm) {
        for (Outcome o : arm) {
            if (o.year() == rule.year() && o.grade() == Outcome.ALL_GRADES && o.measure() == rule.measure()
                    && o.subject() == rule.subject() && o.group() == rule.group()) {
                return o.value();
            }
        }
        throw new IllegalStateException("the adaptive rule watches " + rule.measure().label() + " "
                + rule.subject().label() + " " + rule.group().label() + " in year " + rule.year()
                + ", which run point=" + key.point() + " replicate=" + key.replicate() + " did not report");
    }
}
