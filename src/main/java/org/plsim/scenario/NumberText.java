package org.plsim.scenario;

import java.math.BigDecimal;

/**
 * A number as a user would type it in a scenario file, written the same way by every layer that echoes one
 * back: validation messages, point labels, reports, parameter files. Two forms, because files already written
 * depend on each: {@link #plain} never uses exponent form, {@link #compact} is Java's own text for fractions.
 */
public final class NumberText {
    /** Beyond this, a whole double is no longer written as a whole number by {@link #compact}. */
    private static final double WHOLE_LIMIT = 1e15;

    private NumberText() {
    }

    /**
     * The shortest decimal that reads back as {@code v}, never in exponent form and without padding zeros:
     * 0.5, 30, 0.0000001, 1000000000000000000000, 0 (for -0.0 too). Throws {@link NumberFormatException} for NaN
     * and infinities, so callers that may meet them decide what to write.
     */
    public static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * A whole number without ".0" (below 10^15; -0.0 gives "0"), anything else as {@link Double#toString}: 0.5,
     * 30, 1.0E-7, NaN, Infinity.
     */
    public static String compact(double v) {
        return v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT ? Long.toString((long) v) : Double.toString(v);
    }
}
