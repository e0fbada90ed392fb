package org.plsim.analysis.sweep;

/**
 * One box on a PRIM peeling trajectory (step 0 is the whole design space).
 *
 * @param peeledFactor the factor whose edge this step moved, or null at step 0
 * @param peeledSide   {@code low} or {@code high}; null at step 0
 * @param lower        lower limit of each factor, in its own units, in factor order
 * @param upper        upper limit of each factor
 * @param cases        runs in the box
 * @param successes    runs in the box that pass the rule
 * @param coverage     share of all successes that are in the box (0–1)
 * @param density      share of the box's runs that are successes (0–1)
 * @param support      share of all runs that are in the box (0–1)
 */
public record PeelingStep(int step, String peeledFactor, String peeledSide, double[] lower, double[] upper,
                          int cases, int successes, double coverage, double density, double support) {
    public PeelingStep {
        lower = lower.clone();
        upper = upper.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }
}
