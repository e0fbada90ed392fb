package org.plsim.io.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number text for result files: fixed six decimals, locale-free, rounded from the double's exact binary
 * value, never "-0.000000". The same double always gives the same text, so result files are byte-identical
 * for the same scenario and seed whatever the machine or thread count.
 */
public final class Decimals {
    static final int PLACES = 6;

    private Decimals() {
    }

    /** Six decimals; the empty string for NaN (a value that cannot be estimated, e.g. an SD of one replicate). */
    public static String fixed(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("infinite value in a result file");
        }
        return new BigDecimal(v).setScale(PLACES, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String count(long n) {
        return Long.toString(n);
    }
}
