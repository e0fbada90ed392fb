package org.plsim.analysis.sweep;

import java.util.List;

/**
 * What PRIM found: the boxes it peeled through, step by step, and the one it chose (the densest; among
 * equally dense boxes the earliest, which covers the most successes).
 *
 * @param factors   the factors peeled on, in design order (factors that are not numbers, or never vary, are left out)
 * @param minimum   each factor's smallest value over the runs (the unrestricted lower limit)
 * @param maximum   each factor's largest value
 * @param alpha     share of the box's runs each peel removes (at least)
 * @param minSupport share of all runs the box may not fall below
 */
public record PeelingTrajectory(List<String> factors, double[] minimum, double[] maximum, List<PeelingStep> steps,
                                double alpha, double minSupport) {
    public PeelingTrajectory {
        factors = List.copyOf(factors);
        minimum = minimum.clone();
        maximum = maximum.clone();
        steps = List.copyOf(steps);
    }

    /** The index in {@link #steps} of the chosen box. */
    public int chosen() {
        int best = 0;
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).density() > steps.get(best).density()) {
                best = i;
            }
        }
        return best;
    }

    public PeelingStep chosenBox() {
        return steps.get(chosen());
    }

    /** Whether the chosen box restricts factor f at all (either limit moved from the full range). */
    public boolean restricts(int f) {
        PeelingStep b = chosenBox();
        return b.lower()[f] > minimum[f] || b.upper()[f] < maximum[f];
    }

    public double[] minimum() {
        return minimum.clone();
    }

    public double[] maximum() {
        return maximum.clone();
    }
}
