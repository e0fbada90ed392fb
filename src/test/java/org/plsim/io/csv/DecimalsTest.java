package org.plsim.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
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
}
