package org.plsim.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Escaping for everything the pages echo, and the few number formats they share. */
final class Html {
    private Html() {
    }

    /** Text safe in an element or a double-quoted attribute. */
    static String esc(Object value) {
        String s = String.valueOf(value);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code +0.123} */
    static String sd(double v) {
        return String.format(Locale.ROOT, "%+.3f", v);
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String dollars(double v) {
        return String.format(Locale.ROOT, "$%,.0f", v);
    }

    /** A number as a scenario writes it: whole numbers without a decimal point, others shortest. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        return s.contains("E") ? String.format(Locale.ROOT, "%.10f", v).replaceAll("0+$", "") : s;
    }
}
