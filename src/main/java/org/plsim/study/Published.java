package org.plsim.study;

import java.util.ArrayList;
import java.util.List;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/**
 * What the study found: its estimate and an interval, in the outcome's unit (SD units for tests).
 *
 * @param estimate the published point estimate
 * @param low      the interval's lower end
 * @param high     the interval's upper end
 * @param interval what the interval is, e.g. {@code 95% CI}, {@code range of the pooled studies}, or
 *                 {@code ±20% band (no interval published)}: readers must know how strict it is
 */
public record Published(double estimate, double low, double high, String interval) {
    public Published {
        List<Violation> found = new ArrayList<>();
        if (!Double.isFinite(estimate) || !Double.isFinite(low) || !Double.isFinite(high)) {
            found.add(new Violation("estimate", estimate + " [" + low + ", " + high + "]", "finite numbers"));
        } else if (!(low <= estimate && estimate <= high && low < high)) {
            found.add(new Violation("interval", "[" + low + ", " + high + "] around " + estimate,
                    "low <= estimate <= high, low < high"));
        }
        if (interval == null || interval.isBlank()) {
            found.add(new Violation("interval_kind", "nothing", "what the interval is, e.g. '95% CI'"));
        }
        if (!found.isEmpty()) {
            throw new InvalidSpecException(found);
        }
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    /** How far {@code value} lies outside the interval (negative below, positive above), 0 inside. */
    public double gap(double value) {
        return value < low ? value - low : value > high ? value - high : 0.0;
    }
}
