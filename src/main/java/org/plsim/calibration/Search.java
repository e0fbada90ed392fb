package org.plsim.calibration;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Minimizes a function over the unit box with the optimizer {@link OptimiserSettings} names. Both methods are
 * deterministic: the same function and start give the same sequence of candidates. The caller keeps the best
 * point it was asked about, so running out of evaluations still leaves a usable answer.
 */
final class Search {
    private Search() {
    }

    /** True when the optimizer stopped by its own criterion, false when it ran out of evaluations. */
    static boolean minimize(OptimiserSettings settings, ToDoubleFunction<double[]> f, double[] start) {
        try {
            if (start.length == 1) {
                new BrentOptimizer(1e-10, settings.tolerance()).optimize(new MaxEval(settings.maxEvaluations()),
                        new UnivariateObjectiveFunction(x -> f.applyAsDouble(new double[] {x})), GoalType.MINIMIZE,
                        new SearchInterval(0, 1, start[0]));
            } else {
                double[] lower = new double[start.length];
                double[] upper = new double[start.length];
                Arrays.fill(upper, 1.0);
                new BOBYQAOptimizer(settings.interpolationPoints(), settings.initialRadius(), settings.tolerance())
                        .optimize(new MaxEval(settings.maxEvaluations()), new ObjectiveFunction(f::applyAsDouble),
                                GoalType.MINIMIZE, new InitialGuess(start.clone()), new SimpleBounds(lower, upper));
            }
            return true;
        } catch (TooManyEvaluationsException e) {
            return false;
        }
    }
}
