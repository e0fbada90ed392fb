package org.plsim.reporting.svg;

/** How numbers are written into every SVG PLSim draws: coordinates to the hundredth of a pixel. */
public final class SvgNumbers {
    private SvgNumbers() {
    }

    /** Two decimals, no trailing zeros, {@code .} as the decimal point: short and the same everywhere. */
    public static String twoDecimals(double v) {
        long hundredths = Math.round(v * 100);
        long whole = Math.abs(hundredths) / 100;
        long frac = Math.abs(hundredths) % 100;
        String sign = hundredths < 0 ? "-" : "";
        if (frac == 0) {
            return sign + whole;
        }
        return sign + whole + "." + (frac % 10 == 0 ? String.valueOf(frac / 10) : (frac < 10 ? "0" : "") + frac);
    }
}
