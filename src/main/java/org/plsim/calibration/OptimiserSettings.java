package org.plsim.calibration;

/**
 * How the search runs, in unit-box units (each parameter's bounds mapped to [0, 1]). Two or more parameters:
 * Powell's BOBYQA (Commons Math {@code BOBYQAOptimizer}), a bounded derivative-free trust-region method that
 * builds a quadratic model from {@code 2n + 1} interpolation points — it needs no gradients, which a
 * simulation cannot give, and few evaluations. One parameter: Brent's method ({@code BrentOptimizer}) on
 * [0, 1] from the start value; BOBYQA needs two dimensions, and padding it with a dummy one would spend
 * evaluations on a direction that changes nothing.
 *
 * @param method              {@code BOBYQA} or {@code Brent}
 * @param interpolationPoints BOBYQA's interpolation points, {@code 2n + 1}; 0 for Brent
 * @param initialRadius       BOBYQA's first trust-region radius (a quarter of each range); 0 for Brent
 * @param tolerance           BOBYQA's final trust-region radius, Brent's absolute tolerance: how finely the
 *                            search places the minimum, as a share of each parameter's range
 * @param maxEvaluations      most objective evaluations the optimizer may ask for
 */
public record OptimiserSettings(String method, int interpolationPoints, double initialRadius, double tolerance,
                                int maxEvaluations) {
    public static final double INITIAL_RADIUS = 0.25;
    public static final double TOLERANCE = 1e-3;

    /** The settings for {@code dimensions} parameters. */
    public static OptimiserSettings of(int dimensions, int maxEvaluations) {
        return dimensions == 1 ? new OptimiserSettings("Brent", 0, 0, TOLERANCE, maxEvaluations)
                : new OptimiserSettings("BOBYQA", 2 * dimensions + 1, INITIAL_RADIUS, TOLERANCE, maxEvaluations);
    }
}
