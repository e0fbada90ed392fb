package org.plsim.web;

import org.plsim.scenario.Grades;

/** A span of grades as a rollout names it ({@code K-8}, {@code 6-12}, {@code 9}), in one canonical spelling. */
final class GradeSpan {
    /** K, 1 … 12, in order, for the "from" and "to" lists. */
    static final String[] LABELS = {"K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};

    private GradeSpan() {
    }

    /** {@code LOW-HIGH} with K in capitals, or null when {@code text} is no span (or runs high to low). */
    static String canonical(String text) {
        String[] parts = text.split("-", -1);
        if (parts.length < 1 || parts.length > 2) {
            return null;
        }
        int low = grade(parts[0]);
        int high = parts.length == 2 ? grade(parts[1]) : low;
        if (low < 0 || high < low) {
            return null;
        }
        return Grades.label(low) + "-" + Grades.label(high);
    }

    /** The low or high end of a canonical span. */
    static String end(String span, boolean low) {
        int dash = span.indexOf('-');
        return low ? span.substring(0, dash) : span.substring(dash + 1);
    }

    private static int grade(String s) {
        return Grades.parse(s);
    }
}
