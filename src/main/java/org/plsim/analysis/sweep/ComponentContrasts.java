package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.MeanEstimate;

/**
 * The standard 2^k factorial contrasts of a component-mix design. With each component coded +1 (on) and
 * −1 (off) at each point, a term's sign at a point is the component's code (main effect) or the product of
 * two codes (interaction), and its estimate is the mean effect over the points with sign +1 minus the mean
 * over the points with sign −1. So the main effect of A is its average effect over every mix of the other
 * components, and the interaction AB is half of (A's effect with B on − A's effect with B off): in a 2^2,
 * AB = (y₊₊ − y₊₋ − y₋₊ + y₋₋) / 2. Factors crossed with the mixes (dosage levels) are averaged over.
 *
 * <p>Each estimate is formed within a replicate, from the replicates that reported the key at every point
 * (replicate r has the same run seed at every point, so the contrast is free of most run-to-run noise),
 * then summarized over replicates by {@link MeanEstimate}.
 */
public final class ComponentContrasts {
    private ComponentContrasts() {
    }

    /** A term's name, components and per-point weights (+1/n₊ or −1/n₋). */
    record Term(String name, List<String> components, double[] weights) {
    }

    /** Key by key in {@link SweepRuns#ORDER}; within a key, main effects in design order, then interactions. */
    public static List<ComponentEffect> of(Design design, SweepRuns runs) {
        List<Term> terms = terms(design);
        List<ComponentEffect> out = new ArrayList<>();
        int[] all = IntStream.range(0, design.points()).toArray();
        for (EffectKey key : runs.keys()) {
            SweepRuns.Cells c = runs.cells(key).orElseThrow();
            List<Integer> reps = c.commonReplicates(all);
            if (reps.isEmpty()) {
                continue;
            }
            for (Term t : terms) {
                double[] perReplicate = reps.stream().mapToDouble(r -> contrast(t.weights(), c.effect(), r)).toArray();
                out.add(new ComponentEffect(t.name(), t.components(), key, MeanEstimate.of(perReplicate)));
            }
        }
        return out;
    }

    static List<Term> terms(Design d) {
        List<Integer> switches = IntStream.range(0, d.factors().size()).filter(d::isSwitch).boxed().toList();
        List<Term> terms = new ArrayList<>();
        for (int f : switches) {
            add(terms, d, d.factors().get(f), List.of(d.factors().get(f)), p -> code(d, p, f));
        }
        for (int i = 0; i < switches.size(); i++) {
            for (int j = i + 1; j < switches.size(); j++) {
                int a = switches.get(i);
                int b = switches.get(j);
                add(terms, d, d.factors().get(a) + ":" + d.factors().get(b),
                        List.of(d.factors().get(a), d.factors().get(b)), p -> code(d, p, a) * code(d, p, b));
            }
        }
        return terms;
    }

    /** Adds the term unless every point has the same sign (nothing to contrast). */
    private static void add(List<Term> terms, Design d, String name, List<String> components, IntUnaryOperator sign) {
        int plus = (int) IntStream.range(0, d.points()).filter(p -> sign.applyAsInt(p) > 0).count();
        int minus = d.points() - plus;
        if (plus == 0 || minus == 0) {
            return;
        }
        double[] w = IntStream.range(0, d.points())
                .mapToDouble(p -> sign.applyAsInt(p) > 0 ? 1.0 / plus : -1.0 / minus).toArray();
        terms.add(new Term(name, components, w));
    }

    private static int code(Design d, int point, int f) {
        return d.text().get(point).get(f).equals(Design.ON) ? 1 : -1;
    }

    private static double contrast(double[] weights, double[][] effect, int r) {
        double sum = 0;
        for (int p = 0; p < weights.length; p++) {
            sum += weights[p] * effect[p][r];
        }
        return sum;
    }
}
