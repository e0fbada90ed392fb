package org.plsim.reporting.sweep;

import java.util.List;
import java.util.Locale;
import org.plsim.analysis.MeanEstimate;
import org.plsim.reporting.PageLook;

/** The few bits of HTML and number text the report is made of; numbers are formatted locale-free. */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        return PageLook.esc(s);
    }

    /** A table from a header and rows of cell text (escaped here), kept within the page ({@link PageLook}). */
    static String table(List<String> header, List<List<String>> rows) {
        return PageLook.table(header, rows);
    }

    /** Three decimals, or a dash for a value that cannot be estimated. */
    static String num(double v) {
        return Double.isNaN(v) ? "–" : unsigned0(String.format(Locale.ROOT, "%.3f", v));
    }

    /** One decimal (percentile points), or a dash. */
    static String num1(double v) {
        return Double.isNaN(v) ? "–" : unsigned0(String.format(Locale.ROOT, "%.1f", v));
    }

    /** "-0.000" (a small negative rounded away) reads as a sign that is not there. */
    private static String unsigned0(String s) {
        return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
    }

    /** {@code 0.123 [0.100, 0.146]}; without the interval when there is none. */
    /** As {@link #withCi} with four decimals: interactions are often below a thousandth of an SD. */
    static String withCi4(MeanEstimate e) {
        return e.hasInterval() ? num4(e.mean()) + " [" + num4(e.ciLow()) + ", " + num4(e.ciHigh()) + "]"
                : num4(e.mean());
    }

    private static String num4(double v) {
        return Double.isNaN(v) ? "–" : unsigned0(String.format(Locale.ROOT, "%.4f", v));
    }

    static String withCi(MeanEstimate e) {
        return e.hasInterval() ? num(e.mean()) + " [" + num(e.ciLow()) + ", " + num(e.ciHigh()) + "]" : num(e.mean());
    }

    /** {@code $1,234}, or a dash. */
    static String dollars(double v) {
        return Double.isNaN(v) ? "–" : unsigned0(String.format(Locale.ROOT, "%,.0f", v)).replaceFirst("^(-?)", "$1\\$");
    }

    static String dollarsWithCi(MeanEstimate e) {
        if (e == null) {
            return "–";
        }
        return e.hasInterval() ? dollars(e.mean()) + " [" + dollars(e.ciLow()) + ", " + dollars(e.ciHigh()) + "]"
                : dollars(e.mean());
    }
}
