package org.plsim.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void values_haveSixDecimals_andNoNegativeZero() {
        assertEquals("0.123457", Decimals.fixed(0.1234567));
        assertEquals("-2.500000", Decimals.fixed(-2.5));
        assertEquals("0.000000", Decimals.fixed(-0.0));
        assertEquals("0.000000", Decimals.fixed(-1e-12));
        assertEquals("", Decimals.fixed(Double.NaN));
    }

    @Test
    void theDefaultLocale_doesNotChangeTheText() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1234.500000", Decimals.fixed(1234.5));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void infinity_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> Decimals.fixed(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Decimals.fixed(Double.NEGATIVE_INFINITY));
    }

    /** The exact binary value rounded half-even: what the files have always held. */
    private static String reference(double v) {
        return new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static void same(double v) {
        assertEquals(reference(v), Decimals.fixed(v), () -> "for " + v + " (bits "
                + Long.toHexString(Double.doubleToRawLongBits(v)) + ")");
    }

    @Test
    void handPicked_edgeCases_matchBigDecimal() {
        double[] cases = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            -Double.MAX_VALUE, 1.0, -1.0, 0.5, 0.0000005, -0.0000005, 0.0000015, 0.0000025, 0.0000035,
            Math.nextUp(0.0000005), Math.nextDown(0.0000005), 0.9999995, Math.nextUp(0.9999995),
            Math.nextDown(0.9999995), 0.99999949999, 0.9999999, -0.9999999, 1.0000005, 2.0000005, 2.5e-7, 4.9e-7,
            5e-7, 5.1e-7, 1e-6, 1.5e-6, 2.5e-6, 0.1, 0.2, 0.3, 1.1, 123456.1234565, 123456.1234575,
            1e12, 1e12 + 0.5, 8.796093022208e12, 0x1p43, Math.nextDown(0x1p43), 0x1p43 + 0.0000005, 0x1p52,
            Math.nextDown(0x1p52), Math.nextUp(0x1p52), 0x1p52 + 0.5, 0x1p53, 0x1p53 + 2, 9.007199254740993e15,
            Math.nextDown(0x1p63), 0x1p63, -0x1p63, Math.nextUp(0x1p63), 1e19, 1e20, 1e300,
            Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, 999999.9999995,
            Math.nextUp(999999.9999995), -999999.9999995, 0.1234565, 0.1234575, -0.1234565, 1e-300, -1e-300,
            Math.nextUp(1.0), Math.nextDown(1.0), 4503599627370495.5, -4503599627370495.5};
        for (double v : cases) {
            same(v);
        }
    }

    @Test
    void everyHalfOfAMillionth_inARange_roundsToEven() {
        for (long k = -300_000; k <= 300_000; k++) {
            double half = (2 * k + 1) / 2e6; // k + 0.5 millionths, as near as a double gets
            same(half);
            same(Math.nextUp(half));
            same(Math.nextDown(half));
        }
        for (int e = 0; e <= 43; e++) { // exact ties: multiples of 2^-7 have at most 7 binary fraction digits
            double big = Math.scalb(1.0, e);
            for (int k = 1; k < 128; k += 2) {
                same(big + k / 128.0);
                same(-(big + k / 128.0));
            }
        }
    }

    @Test
    void randomDoubles_ofManyKinds_matchBigDecimal() {
        SplittableRandom rnd = new SplittableRandom(20240611L);
        check(1_000_000, () -> rnd.nextDouble() * 2 - 1); // uniform in (-1, 1)
        check(500_000, () -> (rnd.nextDouble() - 0.5) * 2e4); // uniform, typical magnitudes
        check(300_000, () -> rnd.nextDouble() * 1e-5); // tiny, around the sixth decimal
        check(20_000, () -> Math.scalb(rnd.nextDouble(), -rnd.nextInt(1, 1080))); // tiny to subnormal
        check(300_000, () -> Math.scalb(rnd.nextDouble() * 2 - 1, rnd.nextInt(0, 75))); // huge, up to 2^75
        check(300_000, () -> (double) (rnd.nextLong() >> rnd.nextInt(0, 64))); // integers of every size
        check(500_000, () -> (rnd.nextLong(-4_000_000_000L, 4_000_000_000L) + 0.5) / 1e6); // halves at 7th
        check(20_000, () -> Double.longBitsToDouble(rnd.nextLong())); // any bit pattern
        check(200_000, () -> -Math.abs(rnd.nextGaussian()) * 1e-6); // negatives that round to zero
        check(200_000, () -> rnd.nextInt(-100_000, 100_000) / 1e6); // values already at six decimals
    }

    private static void check(int n, DoubleSupplier values) {
        for (int i = 0; i < n; i++) {
            double v = values.getAsDouble();
            if (Double.isFinite(v)) {
                if (!reference(v).equals(Decimals.fixed(v))) {
                    same(v);
                }
            }
        }
    }
}
