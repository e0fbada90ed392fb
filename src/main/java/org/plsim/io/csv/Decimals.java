package org.plsim.io.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Number text for result files: fixed six decimals, locale-free, rounded from the double's exact binary
 * value, never "-0.000000". The same double always gives the same text, so result files are byte-identical
 * for the same scenario and seed whatever the machine or thread count.
 *
 * <p>The text is exactly {@code new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).toPlainString()}, but
 * computed with integer arithmetic on the double's bits: the whole part as a {@code long}, the fraction's
 * mantissa times 10^6 as a 128-bit product shifted by its exponent, the bits shifted out deciding the rounding
 * exactly (ties to even). Magnitudes of 2^63 and more, which never occur in result files, go the BigDecimal
 * way.
 */
public final class Decimals {
    static final int PLACES = 6;
    private static final long SCALE = 1_000_000L; // 10^PLACES
    private static final double TWO_63 = 0x1p63;
    private static final long MANTISSA_BITS = (1L << 52) - 1;
    /** The longest text {@link #put} writes: a sign, 19 whole digits, the point and six decimals. */
    static final int MAX_FAST_LENGTH = 1 + 19 + 1 + PLACES;

    private Decimals() {
    }

    /** Six decimals; the empty string for NaN (a value that cannot be estimated, e.g. an SD of one replicate). */
    public static String fixed(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (!fast(v)) {
            return slow(v);
        }
        byte[] b = new byte[MAX_FAST_LENGTH];
        int n = put(v, b, 0);
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }

    /**
     * Whether {@link #put} takes {@code v}: a magnitude below 2^63 (false for NaN). Throws for infinity, which no
     * result file may hold.
     */
    static boolean fast(double v) {
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("infinite value in a result file");
        }
        return Math.abs(v) < TWO_63;
    }

    /**
     * Writes the text of {@link #fixed} for a value {@link #fast} takes into {@code b} from {@code at}, as ASCII
     * bytes; needs {@link #MAX_FAST_LENGTH} bytes free there and returns the index after the last one written.
     */
    static int put(double v, byte[] b, int at) {
        double a = Math.abs(v);
        long whole = (long) a; // truncates; exact for every double below 2^63
        long micros = roundedMicros(a - whole); // a - whole is exact: the fraction bits of a
        if (micros == SCALE) {
            whole++;
            micros = 0;
        }
        boolean negative = v < 0 && (whole != 0 || micros != 0);
        return text(negative, whole, micros, b, at);
    }

    /** The reference form, for magnitudes the fast path does not take (and for tests). */
    static String slow(double v) {
        return new BigDecimal(v).setScale(PLACES, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * {@code f × 10^6} rounded half-even to an integer, for {@code 0 <= f < 1}. Since 10^6 is even, rounding
     * the fraction alone to even rounds the whole value to even.
     */
    static long roundedMicros(double f) {
        long bits = Double.doubleToRawLongBits(f);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long m = bits & MANTISSA_BITS;
        if (biased == 0) {
            if (m == 0) {
                return 0;
            }
            biased = 1; // subnormal: m × 2^-1074
        } else {
            m |= 1L << 52;
        }
        int s = 1075 - biased; // f = m × 2^-s, and s >= 1 since f < 1
        // p = m × 10^6 < 2^73 as 128 bits (hi, lo); the result is p >> s rounded by the bits shifted out.
        long hi = Math.multiplyHigh(m, SCALE);
        long lo = m * SCALE;
        if (s >= 74) {
            return 0; // p < 2^73 <= 2^(s-1): below one half
        }
        long q;
        int cmp; // the bits shifted out against one half of the last place kept
        if (s < 64) {
            q = (hi << (64 - s)) | (lo >>> s);
            long rest = lo & ((1L << s) - 1);
            cmp = Long.compare(rest, 1L << (s - 1));
        } else if (s == 64) {
            q = hi;
            cmp = Long.compareUnsigned(lo, Long.MIN_VALUE);
        } else {
            q = hi >>> (s - 64);
            long restHi = hi & ((1L << (s - 64)) - 1);
            long halfHi = 1L << (s - 65);
            cmp = restHi != halfHi ? Long.compare(restHi, halfHi) : (lo != 0 ? 1 : 0);
        }
        return cmp > 0 || (cmp == 0 && (q & 1) != 0) ? q + 1 : q;
    }

    private static int text(boolean negative, long whole, long micros, byte[] b, int at) {
        int n = (negative ? 1 : 0) + digits(whole) + 1 + PLACES;
        int i = at + n;
        for (int k = 0; k < PLACES; k++) {
            b[--i] = (byte) ('0' + micros % 10);
            micros /= 10;
        }
        b[--i] = '.';
        do {
            b[--i] = (byte) ('0' + whole % 10);
            whole /= 10;
        } while (whole != 0);
        if (negative) {
            b[at] = '-';
        }
        return at + n;
    }

    private static int digits(long x) {
        int d = 1;
        while (x >= 10) {
            x /= 10;
            d++;
        }
        return d;
    }
}
