package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cost-effectiveness acceptability of a sweep's plans over evidence draws (each replicate is a draw: with
 * uncertainty on, a fresh set of evidence values; replicate r has the same seed at every point, so draws are
 * paired across plans). At a willingness to pay λ (dollars per student per year for each 0.1 SD) a plan's net
 * benefit in a draw is λ × effect / 0.1 − cost. The acceptability curve of a plan is the share of draws in
 * which it gains at a cost per 0.1 SD of at most λ (net benefit ≥ 0, effect &gt; 0); the frontier (Fenwick,
 * Claxton and Sculpher 2001) is the option — business as usual (net benefit 0) or a plan — with the highest
 * expected net benefit, with the share of draws in which it is the best option. Ties go to business as usual,
 * then to the lower point.
 */
public final class Acceptability {
    private static final double TENTH_SD = 0.1;

    private Acceptability() {
    }

    /** Each plan's cost (dollars per student per year) and effect (SD) in the draws every plan reported. */
    public record Draws(double[][] cost, double[][] effect, List<Integer> replicates) {
    }

    /**
     * The draws of a sweep's outcome: year {@code year}'s achievement effect and the plan's mean yearly cost
     * through that year, over the replicates that reported the outcome at every point.
     *
     * @throws IllegalArgumentException when the sweep kept no costs or not this outcome
     */
    public static Draws draws(SweepRuns runs, int year, org.plsim.model.observe.Subject subject,
                              org.plsim.model.observe.Subgroup group) {
        if (!runs.hasCosts()) {
            throw new IllegalArgumentException("costs: the sweep kept none (allowed only when its outputs.measures "
                    + "hold cost_per_student)");
        }
        SweepRuns.Cells cells = runs.cells(year, subject, group, org.plsim.model.observe.Measure.ACHIEVEMENT)
                .orElseThrow(() -> new IllegalArgumentException("the sweep kept no " + subject.label()
                        + " achievement for " + group.label() + " students in year " + year));
        List<Integer> common = cells.commonReplicates(java.util.stream.IntStream.range(0, runs.points()).toArray());
        CostToDate costs = new CostToDate(runs);
        double[][] cost = new double[runs.points()][common.size()];
        double[][] effect = new double[runs.points()][common.size()];
        for (int p = 0; p < runs.points(); p++) {
            double[] toDate = costs.byReplicate(p, year);
            for (int i = 0; i < common.size(); i++) {
                cost[p][i] = toDate[common.get(i)] / year;
                effect[p][i] = cells.effect()[p][common.get(i)];
            }
        }
        return new Draws(cost, effect, common);
    }

    /**
     * @param cost       cost[point][draw], dollars per student per year
     * @param effect     effect[point][draw], SD; every point has the same draws, none NaN
     * @param thresholds willingness-to-pay values, ascending
     * @return rows by threshold, business as usual first, then points in order
     */
    public static List<AcceptabilityRow> of(double[][] cost, double[][] effect, double[] thresholds) {
        int points = effect.length;
        int draws = points == 0 ? 0 : effect[0].length;
        List<AcceptabilityRow> rows = new ArrayList<>();
        for (double wtp : thresholds) {
            double[][] nb = new double[points][draws];
            double[] expected = new double[points + 1]; // [0] business as usual
            int[] best = new int[points + 1];
            for (int p = 0; p < points; p++) {
                for (int r = 0; r < draws; r++) {
                    nb[p][r] = wtp * effect[p][r] / TENTH_SD - cost[p][r];
                }
                expected[p + 1] = Arrays.stream(nb[p]).average().orElse(Double.NaN);
            }
            for (int r = 0; r < draws; r++) {
                int top = 0;
                double topValue = 0;
                for (int p = 0; p < points; p++) {
                    if (nb[p][r] > topValue) {
                        top = p + 1;
                        topValue = nb[p][r];
                    }
                }
                best[top]++;
            }
            int frontier = 0;
            for (int o = 1; o <= points; o++) {
                if (expected[o] > expected[frontier]) {
                    frontier = o;
                }
            }
            rows.add(new AcceptabilityRow(wtp, AcceptabilityRow.BUSINESS_AS_USUAL, draws, Double.NaN,
                    share(best[0], draws), 0, frontier == 0));
            for (int p = 0; p < points; p++) {
                int below = 0;
                for (int r = 0; r < draws; r++) {
                    below += effect[p][r] > 0 && nb[p][r] >= 0 ? 1 : 0;
                }
                rows.add(new AcceptabilityRow(wtp, p, draws, share(below, draws), share(best[p + 1], draws),
                        expected[p + 1], frontier == p + 1));
            }
        }
        return rows;
    }

    /**
     * {@code steps + 1} evenly spaced thresholds from 0 to a round maximum (1, 2 or 5 × a power of ten) at or
     * above twice the largest median cost per 0.1 SD of a plan that gained in most draws; 0 … 1,000 when no
     * plan did.
     */
    public static double[] thresholds(double[][] cost, double[][] effect, int steps) {
        double top = 0;
        for (int p = 0; p < effect.length; p++) {
            double[] ratios = new double[effect[p].length];
            for (int r = 0; r < ratios.length; r++) {
                ratios[r] = effect[p][r] > 0 ? cost[p][r] / (effect[p][r] / TENTH_SD) : Double.POSITIVE_INFINITY;
            }
            Arrays.sort(ratios);
            double median = ratios.length == 0 ? Double.NaN : ratios[(ratios.length - 1) / 2];
            if (Double.isFinite(median)) {
                top = Math.max(top, 2 * median);
            }
        }
        double max = top > 0 ? round(top) : 1000;
        double[] t = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            t[i] = max * i / steps;
        }
        return t;
    }

    /** The round number (1, 2 or 5 × a power of ten) at or above v, forgiving v a last-digit rounding error. */
    static double round(double v) {
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= v * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static double share(int count, int of) {
        return of == 0 ? Double.NaN : (double) count / of;
    }
}
