package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.List;
import org.plsim.analysis.EffectKey;

/**
 * A choice between a sweep's design points and business as usual, drawn once per replicate: each option's net
 * benefit in every replicate that ran at all points. In {@code sd} units the net benefit is the paired effect
 * on the outcome; in {@code dollars} it is the net monetary benefit per student, λ × effect / 0.1 SD minus the
 * plan's cost per student through the outcome's year, at a willingness to pay of λ dollars per 0.1 SD.
 * Business as usual (option 0) is worth 0 in both: effects and costs are differences from it.
 *
 * @param options    "business as usual", then the design points' labels
 * @param replicates the replicates used, ascending: draw n is replicate replicates[n]
 * @param netBenefit netBenefit[option][draw]
 * @param unit       "SD" or "$ per student"
 */
public record Decision(EffectKey outcome, List<String> options, int[] replicates, double[][] netBenefit,
                       String unit) {
    public static final String BUSINESS_AS_USUAL = "business as usual";

    public Decision {
        options = List.copyOf(options);
    }

    /** The choice in SD of {@code outcome}; empty of draws when no replicate ran at every point. */
    public static Decision inSd(SweepRuns runs, List<String> labels, EffectKey outcome) {
        return build(runs, labels, outcome, Double.NaN);
    }

    /**
     * The choice in net monetary benefit at {@code dollarsPerTenthSd} (λ, dollars per student per 0.1 SD).
     *
     * @throws IllegalArgumentException when λ is not positive and finite or the sweep kept no costs
     */
    public static Decision inDollars(SweepRuns runs, List<String> labels, EffectKey outcome,
                                     double dollarsPerTenthSd) {
        if (!(dollarsPerTenthSd > 0) || Double.isInfinite(dollarsPerTenthSd)) {
            throw new IllegalArgumentException("willingness to pay: found " + dollarsPerTenthSd
                    + ", allowed: dollars per student per 0.1 SD > 0");
        }
        if (!runs.hasCosts()) {
            throw new IllegalArgumentException("willingness to pay: the sweep kept no costs (outputs.measures "
                    + "needs cost_per_student)");
        }
        return build(runs, labels, outcome, dollarsPerTenthSd);
    }

    private static Decision build(SweepRuns runs, List<String> labels, EffectKey outcome, double lambda) {
        SweepRuns.Cells cells = runs.cells(outcome).orElseThrow(() -> new IllegalArgumentException(
                "outcome: the sweep kept no " + outcome + " (see outputs in the sweep file)"));
        int points = runs.points();
        CostToDate costs = new CostToDate(runs);
        double[][] cost = new double[points][];
        for (int p = 0; p < points; p++) {
            cost[p] = Double.isNaN(lambda) ? new double[runs.replicates()] : costs.byReplicate(p, outcome.year());
        }
        List<Integer> used = new ArrayList<>();
        for (int r : cells.commonReplicates(java.util.stream.IntStream.range(0, points).toArray())) {
            final int rr = r;
            if (java.util.stream.IntStream.range(0, points).noneMatch(p -> Double.isNaN(cost[p][rr]))) {
                used.add(r);
            }
        }
        double[][] nb = new double[points + 1][used.size()];
        for (int p = 0; p < points; p++) {
            for (int n = 0; n < used.size(); n++) {
                double effect = cells.effect()[p][used.get(n)];
                nb[p + 1][n] = Double.isNaN(lambda) ? effect : lambda * effect / 0.1 - cost[p][used.get(n)];
            }
        }
        List<String> options = new ArrayList<>();
        options.add(BUSINESS_AS_USUAL);
        options.addAll(labels);
        return new Decision(outcome, options, used.stream().mapToInt(Integer::intValue).toArray(), nb,
                Double.isNaN(lambda) ? "SD" : "$ per student");
    }

    public int draws() {
        return replicates.length;
    }

    /** The option with the highest expected net benefit (ties: the first). */
    public int bestOption() {
        int best = 0;
        for (int d = 1; d < netBenefit.length; d++) {
            if (mean(d) > mean(best)) {
                best = d;
            }
        }
        return best;
    }

    public double mean(int option) {
        return java.util.Arrays.stream(netBenefit[option]).average().orElse(Double.NaN);
    }
}
