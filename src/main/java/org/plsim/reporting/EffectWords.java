package org.plsim.reporting;

import java.util.Locale;
import org.plsim.analysis.MeanEstimate;

/**
 * Effects and costs as a report's sentences say them, locale-free, each with its unit:
 * {@code +0.123 SD (95% CI +0.100 to +0.146)}, {@code +4.9 percentile points}, {@code $1,234}.
 */
public final class EffectWords {
    private EffectWords() {
    }

    /** A measure's unit as a sentence says it after a number: " SD" for the SD-unit measures, else " unit". */
    public static String unit(String measureUnit) {
        return measureUnit.startsWith("SD") ? " SD" : " " + measureUnit;
    }

    /** {@code +0.123}: three decimals and a sign; {@code 0.000} without one. */
    public static String signed(double v) {
        String s = String.format(Locale.ROOT, "%+.3f", v);
        return s.substring(1).chars().allMatch(c -> c == '0' || c == '.') ? s.substring(1) : s;
    }

    /**
     * {@code +0.123 SD (95% CI +0.100 to +0.146)}, or {@code +0.123 SD (one replicate: no interval)}.
     *
     * @param unit as {@link #unit} gives it
     */
    public static String withInterval(MeanEstimate e, String unit) {
        String interval = e.hasInterval() ? "95% CI " + signed(e.ciLow()) + " to " + signed(e.ciHigh())
                : "one replicate: no interval";
        return signed(e.mean()) + unit + " (" + interval + ")";
    }

    /** {@code +0.123 [+0.100, +0.146]}, for tables; without the interval when there is none. */
    public static String bracketed(MeanEstimate e) {
        return e.hasInterval() ? signed(e.mean()) + " [" + signed(e.ciLow()) + ", " + signed(e.ciHigh()) + "]"
                : signed(e.mean());
    }

    /** Whether the estimate's 95% interval leaves out 0: the replicates tell it from no effect. */
    public static boolean clearOfZero(MeanEstimate e) {
        return e.hasInterval() && (e.ciLow() > 0 || e.ciHigh() < 0);
    }

    /** {@code +4.9 percentile points}. */
    public static String percentilePoints(double gain) {
        return String.format(Locale.ROOT, "%+.1f percentile points", gain);
    }

    /** {@code $1,234}, to the dollar. */
    public static String dollars(double v) {
        return (v < 0 ? "-$" : "$") + String.format(Locale.ROOT, "%,.0f", Math.abs(v));
    }
}
