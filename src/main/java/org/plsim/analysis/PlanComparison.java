package org.plsim.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * Two plans compared, B − A, from runs that used the same run seeds: each replicate's effect of B (B minus
 * business as usual) less A's, summarised over replicates. Because replicate <i>r</i> of both plans simulated
 * the same students from the same draws, what differs between them is the plans alone, and the difference's
 * interval is much narrower than the two plans' own intervals would suggest.
 *
 * <p>{@link ComparedEffect#separateHalfWidth()} is the half-width the B − A interval would have had had A and
 * B been run from independent seeds: {@code sqrt(hwA² + hwB²)}, the two plans' own half-widths combined. With
 * independent runs the variance of a difference of means is the sum of the two variances (the covariance that
 * common random numbers make large drops out), and each {@code hw = t · sd / sqrt(n)} with the same {@code n}
 * and {@code t}, so this is {@code t · sqrt(sdA² / n + sdB² / n)}. It uses the same critical value as the
 * paired interval, so {@link ComparedEffect#narrowing()} is exactly the ratio of standard errors, what the
 * pairing removed, and a reader can recompute it from the two intervals printed beside it. (A Welch interval
 * would take a t with between {@code n − 1} and {@code 2n − 2} degrees of freedom, at most 13% narrower at 6
 * replicates: {@code t(10) / t(5)} = 0.87; the ratio reported is of standard errors alone.)
 *
 * <pre>{@code
 * PlanComparison c = PlanComparison.of(planA.effects(), planB.effects());
 * for (ComparedEffect e : c.headline(Measure.ACHIEVEMENT)) {
 *     // e.difference().mean(), e.difference().ciLow() … and e.narrowing()
 * }
 * }</pre>
 *
 * @param effects  one per key both plans reported, in the order plan A's replicate 0 reported them
 * @param runSeeds the run seed of each replicate, in replicate order, shared by both plans
 */
public record PlanComparison(List<ComparedEffect> effects, List<Long> runSeeds) {
    public PlanComparison {
        effects = List.copyOf(effects);
        runSeeds = List.copyOf(runSeeds);
    }

    /**
     * Pairs A's and B's effects by replicate, run seed and key. A key that only one plan reported (a
     * component's cost, a subgroup with no students) has no pair and is left out.
     *
     * @throws IllegalArgumentException when the plans did not run the same replicates from the same run seeds
     */
    public static PlanComparison of(List<PairedEffect> a, List<PairedEffect> b) {
        Map<Integer, Long> seeds = seeds(a, "A");
        Map<Integer, Long> seedsB = seeds(b, "B");
        if (!seeds.equals(seedsB)) {
            throw new IllegalArgumentException("plans A and B ran from different seeds (A: replicates and run seeds "
                    + seeds + ", B: " + seedsB + "); a paired comparison needs both run with the same root seed and "
                    + "number of replicates");
        }
        Map<Pair, PairedEffect> bByPair = new LinkedHashMap<>();
        b.forEach(e -> bByPair.put(new Pair(e.replicate(), e.key()), e));
        Map<EffectKey, List<double[]>> byKey = new LinkedHashMap<>();
        for (PairedEffect ea : a) {
            PairedEffect eb = bByPair.get(new Pair(ea.replicate(), ea.key()));
            if (eb != null) {
                byKey.computeIfAbsent(ea.key(), k -> new ArrayList<>()).add(new double[] {ea.effect(), eb.effect()});
            }
        }
        List<ComparedEffect> out = new ArrayList<>(byKey.size());
        byKey.forEach((key, pairs) -> out.add(compare(key, pairs)));
        return new PlanComparison(out, List.copyOf(seeds.values()));
    }

    private static ComparedEffect compare(EffectKey key, List<double[]> pairs) {
        double[] ea = new double[pairs.size()];
        double[] eb = new double[pairs.size()];
        double[] diff = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            ea[i] = pairs.get(i)[0];
            eb[i] = pairs.get(i)[1];
            diff[i] = eb[i] - ea[i];
        }
        MeanEstimate a = MeanEstimate.of(ea);
        MeanEstimate b = MeanEstimate.of(eb);
        return new ComparedEffect(key, a, b, MeanEstimate.of(diff), Math.hypot(a.halfWidth(), b.halfWidth()));
    }

    /** Replicate → run seed, refusing a replicate that ran from two seeds. */
    private static Map<Integer, Long> seeds(List<PairedEffect> effects, String plan) {
        Map<Integer, Long> seeds = new TreeMap<>();
        for (PairedEffect e : effects) {
            Long before = seeds.putIfAbsent(e.replicate(), e.runSeed());
            if (before != null && before != e.runSeed()) {
                throw new IllegalArgumentException("plan " + plan + "'s replicate " + e.replicate()
                        + " has effects from two run seeds, " + before + " and " + e.runSeed());
            }
        }
        return seeds;
    }

    /** Replicates compared. */
    public int replicates() {
        return runSeeds.size();
    }

    /** The comparison of one key, if both plans reported it. */
    public Optional<ComparedEffect> find(EffectKey key) {
        return effects.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /**
     * The rows a reader wants first, as {@link EffectSummaries#headline}: {@code measure} for all students in all
     * grades, math and reading, by year then subject.
     */
    public List<ComparedEffect> headline(Measure measure) {
        return effects.stream()
                .filter(e -> e.key().measure() == measure && e.key().grade() == Outcome.ALL_GRADES
                        && e.key().group() == Subgroup.ALL && e.key().subject() != Subject.ALL)
                .sorted(Comparator.comparingInt((ComparedEffect e) -> e.key().year())
                        .thenComparing(e -> e.key().subject()))
                .toList();
    }

    private record Pair(int replicate, EffectKey key) {
    }
}
