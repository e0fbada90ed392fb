package org.plsim.reporting;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * How the Tablesaw tables of PLSim's API print their numbers ({@code table.printAll()} in a notebook): fixed
 * decimals in {@link Locale#ROOT}, effects with their sign, dollars grouped, a blank for what cannot be
 * estimated (NaN). Only the printing: the columns hold the full doubles.
 */
public final class TableFormats {
    private TableFormats() {
    }

    /** {@code +0.123}, {@code -0.045}: effects and differences. */
    public static NumberColumnFormatter signed(int decimals) {
        String digits = "0." + "0".repeat(decimals);
        return formatter("+" + digits + ";-" + digits);
    }

    /** {@code 0.123}. */
    public static NumberColumnFormatter fixed(int decimals) {
        return formatter(decimals == 0 ? "0" : "0." + "0".repeat(decimals));
    }

    /** {@code 1,234}: dollars, to the dollar. */
    public static NumberColumnFormatter dollars() {
        return formatter("#,##0");
    }

    private static NumberColumnFormatter formatter(String pattern) {
        return new NumberColumnFormatter(new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)), "");
    }
}
