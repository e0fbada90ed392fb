package org.plsim.calibration;

import java.util.ArrayList;
import java.util.List;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/**
 * One evidence parameter to fit: its registry id, the bounds the search keeps to and where it starts. The
 * optimizer works in the unit box, {@code x = (value - low) / (high - low)}, so parameters in SD units and in
 * minutes weigh alike in its trust region.
 *
 * @param id    an evidence registry id, e.g. {@code blended_learning.math_effect}
 * @param low   the smallest value tried
 * @param high  the largest value tried (more than {@code low})
 * @param start the first value tried, from {@code low} to {@code high} (by default the registry's central value)
 */
public record FittedParameter(String id, double low, double high, double start) {
    public FittedParameter {
        List<Violation> found = new ArrayList<>();
        if (id == null || id.isBlank()) {
            found.add(new Violation("id", "nothing", "an evidence parameter id (plsim evidence)"));
        }
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
            found.add(new Violation("low", low + " with high " + high, "finite bounds with low < high"));
        } else if (!(start >= low && start <= high)) {
            found.add(new Violation("start", Double.toString(start), "a number from low (" + low + ") to high ("
                    + high + ")"));
        }
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
    }

    /** The value at {@code x} of the unit box (0 = low, 1 = high; clamped to it). */
    public double value(double x) {
        return low + Math.max(0.0, Math.min(1.0, x)) * (high - low);
    }

    /** Where {@code value} lies in the unit box. */
    public double unit(double value) {
        return (value - low) / (high - low);
    }
}
