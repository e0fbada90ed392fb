package org.plsim.evidence;

import java.util.regex.Pattern;

/**
 * The values a parameter can take at all, whatever the evidence says is plausible: a share or a probability lies
 * from 0 to 1, an amount (dollars, hours, students, a ratio, a weight) is not negative — and above 0 where it is
 * divided by (students or teachers per staff member, a lifetime in years, a half-life in weeks) or its log is
 * taken (an odds ratio) —, an effect in SD or
 * log-odds may be any number. Read from the parameter's unit, so a new parameter needs no extra field; an
 * override outside it means nothing, while one outside the plausible range [low, high] is a what-if, flagged
 * by the run's guard-rails.
 *
 * @param min     the smallest value, or negative infinity
 * @param max     the largest value, or infinity
 * @param allowed the values in words, e.g. "a share from 0 to 1"
 */
public record Support(double min, double max, String allowed) {
    /** Amounts something is divided by or the log is taken of: a zero would make a cost or a rate infinite. */
    private static final Pattern POSITIVE = Pattern.compile("(students|teachers) per .*|years|weeks|odds ratio");
    private static final Pattern AMOUNT = Pattern.compile("(dollars|hours|minutes|weeks|years|students|teachers"
            + "|families|conferences|ratio|odds ratio|weight)\\b.*");

    /** The support of a parameter measured in {@code unit}, e.g. "share of students", "dollars per year". */
    public static Support of(String unit) {
        String u = unit == null ? "" : unit;
        if ((u.startsWith("share") || u.startsWith("probability")) && !u.contains(" per SD")) {
            return new Support(0, 1, "a " + u.substring(0, u.startsWith("share") ? 5 : 11) + " from 0 to 1");
        }
        if (POSITIVE.matcher(u).matches()) {
            return new Support(Double.MIN_VALUE, Double.POSITIVE_INFINITY, "a number above 0");
        }
        if (AMOUNT.matcher(u).matches()) {
            return new Support(0, Double.POSITIVE_INFINITY, "a number from 0 up");
        }
        return new Support(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "a finite number");
    }

    /** Whether {@code value} is finite and within the support. */
    public boolean contains(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }
}
