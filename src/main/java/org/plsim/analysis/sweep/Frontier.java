package org.plsim.analysis.sweep;

/**
 * The cost-effectiveness frontier of a set of design points: those no other point dominates, where j
 * dominates i when j costs no more and gains at least as much, and is strictly better in one of the two.
 * Points with a missing cost or effect are never on it. (Extended dominance, which would also drop points
 * below the line joining two neighbours, is not applied: every undominated point is a choice a budget could
 * justify.)
 */
public final class Frontier {
    private Frontier() {
    }

    /** {@code onFrontier[i]} for each point i, given its cost and effect. */
    public static boolean[] efficient(double[] cost, double[] effect) {
        boolean[] on = new boolean[cost.length];
        for (int i = 0; i < cost.length; i++) {
            on[i] = known(cost[i], effect[i]);
            for (int j = 0; j < cost.length && on[i]; j++) {
                boolean dominates = known(cost[j], effect[j]) && cost[j] <= cost[i] && effect[j] >= effect[i]
                        && (cost[j] < cost[i] || effect[j] > effect[i]);
                on[i] = !dominates;
            }
        }
        return on;
    }

    private static boolean known(double cost, double effect) {
        return !Double.isNaN(cost) && !Double.isNaN(effect);
    }
}
