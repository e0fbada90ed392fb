package org.plsim.experiment.sweep.design;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/**
 * One factor of a sweep: a scenario field path and the values it may take there — listed levels (factorial
 * and component-mix designs), or a range that the sampling designs draw from and Morris cuts into a grid.
 * Violations name {@code levels} or {@code range}, relative to the factor.
 *
 * @param path    scenario field path as in {@code scenarios/reference.yaml}, e.g. {@code district.class_size},
 *                {@code components.blended_learning.fidelity.peak}, or {@code evidence.<parameter id>}
 * @param levels  the values in order; empty for a range factor
 * @param low     low end of the range (NaN for a levels factor)
 * @param high    high end of the range, above {@code low} (NaN for a levels factor)
 * @param integer true to round range values to whole numbers (for whole-number fields)
 */
public record Factor(String path, List<Object> levels, double low, double high, boolean integer) {
    public Factor {
        levels = levels.stream().map(Factor::frozen).toList();
        if (levels.isEmpty() && !(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
            throw problem("range", "[" + PointLabels.value(low) + ", " + PointLabels.value(high) + "]",
                    "two finite numbers [low, high] with low below high");
        }
        if (integer && (low != Math.rint(low) || high != Math.rint(high))) {
            throw problem("range", "[" + PointLabels.value(low) + ", " + PointLabels.value(high)
                    + "] with integer: true", "whole-number ends");
        }
        Set<Object> seen = new HashSet<>();
        for (Object level : levels) {
            if (!seen.add(level)) {
                throw problem("levels", PointLabels.value(level) + " twice", "each level once");
            }
        }
    }

    public static Factor ofLevels(String path, List<?> levels) {
        if (levels.isEmpty()) {
            throw problem("levels", "an empty list", "at least one level");
        }
        return new Factor(path, List.copyOf(levels), Double.NaN, Double.NaN, false);
    }

    public static Factor ofRange(String path, double low, double high, boolean integer) {
        return new Factor(path, List.of(), low, high, integer);
    }

    public boolean isRange() {
        return levels.isEmpty();
    }

    /**
     * The value at {@code u} in [0, 1) of the range, for the sampling designs. A whole-number factor gives
     * each whole number from low to high an equal share of [0, 1), so its ends are drawn as often as the rest.
     */
    public Object sample(double u) {
        if (!integer) {
            return clean(low + (high - low) * u);
        }
        long v = (long) Math.floor(low + (high - low + 1) * u);
        return Math.min((long) high, Math.max((long) low, v));
    }

    /** Level {@code i} (0 to p − 1) of a grid of {@code p} evenly spaced levels from low to high (Morris). */
    public Object grid(int i, int p) {
        double x = i == p - 1 ? high : low + (high - low) * i / (p - 1);
        return integer ? (Object) Math.round(x) : (Object) clean(x);
    }

    /** Where {@code value} lies in the range, 0 at low and 1 at high. */
    public double unit(double value) {
        return (value - low) / (high - low);
    }

    /** {@code value} with its lists and maps (a level may be one, e.g. a rollout block) made unmodifiable. */
    public static Object frozen(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), frozen(v)));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof List<?> l) {
            return l.stream().map(Factor::frozen).toList();
        }
        return Objects.requireNonNull(value, "a level or setting of nothing");
    }

    /**
     * {@code x} to 12 significant digits: 0.14 rather than 0.13999999999999999 from floating-point steps,
     * so values read as written in labels, YAML and CSV; far finer than any scenario field needs.
     */
    static double clean(double x) {
        return x == 0 || !Double.isFinite(x) ? x : new BigDecimal(x).round(new MathContext(12)).doubleValue();
    }

    private static InvalidSpecException problem(String field, String found, String allowed) {
        return new InvalidSpecException(List.of(new Violation(field, found, allowed)));
    }
}
