package org.plsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * NumberText gives exactly the text each of its callers wrote with its own copy before, on the values where the
 * copies could have differed: zeros of both signs, exponent-sized numbers, binary fractions, non-finite values.
 */
class NumberTextTest {
    private static final double[] TRICKY = {0.0, -0.0, 1e-7, -1e-7, 1e21, 1e-300, 0.1 + 0.2, 0.5, 30, -2.5, 1e15,
        1e15 - 1, -1e15, 123456789.125, 5.960351, 0.0055, 10000, Double.MIN_VALUE, Double.MAX_VALUE, Long.MAX_VALUE};

    @Test
    void plain_isEachFormerCopy_onTrickyValues() {
        for (double v : TRICKY) {
            String was = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
            assertEquals(was, NumberText.plain(v), "BigDecimal.valueOf copies, " + v);
            assertEquals(new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString(),
                    NumberText.plain(v), "new BigDecimal(Double.toString) copies, " + v);
            assertEquals(v == 0 ? "0" : was, NumberText.plain(v), "EvidenceCsv's copy, " + v);
        }
    }

    @Test
    void plain_writesNoExponentNorPaddingZeros() {
        assertEquals("0", NumberText.plain(0.0));
        assertEquals("0", NumberText.plain(-0.0));
        assertEquals("0.0000001", NumberText.plain(1e-7));
        assertEquals("1000000000000000000000", NumberText.plain(1e21));
        assertEquals("0.30000000000000004", NumberText.plain(0.1 + 0.2));
        assertEquals("30", NumberText.plain(30.0));
    }

    @Test
    void plain_refusesNonFiniteValues_asTheCopiesDid() {
        for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThrows(NumberFormatException.class, () -> NumberText.plain(v));
        }
    }

    @Test
    void compact_isEachFormerCopy_onTrickyValues() {
        double[] more = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] values : new double[][] {TRICKY, more}) {
            for (double v : values) {
                String was = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
                assertEquals(was, NumberText.compact(v), Double.toString(v));
            }
        }
        assertEquals("0", NumberText.compact(-0.0));
        assertEquals("1.0E-7", NumberText.compact(1e-7));
        assertEquals("1.0E15", NumberText.compact(1e15));
        assertEquals("NaN", NumberText.compact(Double.NaN));
    }
}
