package org.plsim.analysis.sweep;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * Which runs of a sweep count as a success for scenario discovery: an effect compared with a threshold, e.g.
 * {@code effect.year4.math >= 0.10} (math achievement, all students, year 4, in SD), with an optional subgroup
 * ({@code effect.year4.math.low_income > 0}), and optionally a cost ceiling in dollars per student per year
 * (the plan's cost through that year divided by the years).
 *
 * @param costMax dollars per student per year a success may cost at most; NaN for no ceiling
 */
public record ScenarioRule(int year, Subject subject, Subgroup group, String operator, double threshold,
                           double costMax) {
    /** What {@link #parse} accepts, for error messages. */
    public static final String ALLOWED = "effect.year<N>.<math|reading>[.<subgroup>] (>= | > | <= | <) <number>, e.g. "
            + "effect.year4.math >= 0.10";
    private static final Pattern FORM = Pattern.compile(
            "\\s*effect\\.year(\\d{1,2})\\.([a-z]+)(?:\\.([a-z_]+))?\\s*(>=|<=|>|<)\\s*([-+]?[0-9]*\\.?[0-9]+)\\s*");

    /** What {@link #outcome} accepts, for error messages. */
    public static final String OUTCOME_ALLOWED = "effect.year<N>.<math|reading>[.<subgroup>], e.g. effect.year4.math";
    private static final Pattern OUTCOME = Pattern.compile("\\s*effect\\.year(\\d{1,2})\\.([a-z]+)(?:\\.([a-z_]+))?\\s*");

    /** An achievement outcome: year, subject (math or reading) and subgroup. */
    public record Outcome(int year, Subject subject, Subgroup group) {
        public String describe() {
            return "effect.year" + year + "." + subject.label() + (group == Subgroup.ALL ? "" : "." + group.label());
        }
    }

    /**
     * An outcome written as {@code effect.year4.math} or {@code effect.year4.math.low_income}.
     *
     * @throws IllegalArgumentException naming what was found and what is allowed
     */
    public static Outcome outcome(String text) {
        Matcher m = OUTCOME.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("found \"" + text + "\", allowed: " + OUTCOME_ALLOWED);
        }
        ScenarioRule r = parse(text + " >= 0", Double.NaN);
        return new Outcome(r.year(), r.subject(), r.group());
    }

    public ScenarioRule {
        if (year < 1) {
            throw new IllegalArgumentException("year: found " + year + ", allowed: ≥ 1");
        }
        if (!(Double.isNaN(costMax) || costMax >= 0)) {
            throw new IllegalArgumentException("cost ceiling: found " + costMax
                    + ", allowed: ≥ 0 dollars per student per year");
        }
    }

    /**
     * The rule written as {@code expression}, with a cost ceiling (NaN for none).
     *
     * @throws IllegalArgumentException naming what was found and what is allowed
     */
    public static ScenarioRule parse(String expression, double costMax) {
        Matcher m = FORM.matcher(expression);
        if (!m.matches()) {
            throw new IllegalArgumentException("found \"" + expression + "\", allowed: " + ALLOWED);
        }
        Subject subject = label(m.group(2), "subject", "math, reading", Subject::fromLabel);
        if (subject == Subject.ALL) {
            throw new IllegalArgumentException("subject: found all, allowed: math, reading");
        }
        Subgroup group = m.group(3) == null ? Subgroup.ALL : label(m.group(3), "subgroup",
                String.join(", ", java.util.Arrays.stream(Subgroup.values()).map(Subgroup::label).toList()),
                Subgroup::fromLabel);
        return new ScenarioRule(Integer.parseInt(m.group(1)), subject, group, m.group(4),
                Double.parseDouble(m.group(5)), costMax);
    }

    private static <T> T label(String text, String what, String allowed, java.util.function.Function<String, T> of) {
        try {
            return of.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": found " + text + ", allowed: " + allowed, e);
        }
    }

    /** Whether an effect (SD) at a cost (dollars per student per year; NaN when unknown) is a success. */
    public boolean passes(double effect, double costPerYear) {
        boolean effectOk = switch (operator) {
            case ">=" -> effect >= threshold;
            case ">" -> effect > threshold;
            case "<=" -> effect <= threshold;
            default -> effect < threshold;
        };
        return effectOk && (Double.isNaN(costMax) || costPerYear <= costMax);
    }

    /** The rule as text, e.g. {@code effect.year4.math >= 0.100000 and cost <= $500 per student per year}. */
    public String describe() {
        String s = String.format(Locale.ROOT, "effect.year%d.%s%s %s %s", year, subject.label(),
                group == Subgroup.ALL ? "" : "." + group.label(), operator, plain(threshold));
        return Double.isNaN(costMax) ? s : s + " and cost <= $" + plain(costMax) + " per student per year";
    }

    private static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
