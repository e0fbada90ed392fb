package org.plsim.web;

/**
 * One control of the page: a scenario field path (as sweeps name it) with what the reviewer needs to set it —
 * its unit, the range the settings reader accepts, the range the evidence studied — and the base scenario's
 * value. Values travel as canonical text ({@link #canonical}): what the URL carries and the tree receives.
 *
 * @param path     the field path, e.g. {@code components.blended_learning.rollout.coverage}; also the URL key
 * @param component the component it belongs to, or empty (the budget)
 * @param kind     how it is set
 * @param label    what the reviewer reads, e.g. "Coverage"
 * @param meaning  one line: what the setting does (from the component's settings reference)
 * @param unit     e.g. "share", "minutes per week"
 * @param min      least value a number may take (NaN for other kinds)
 * @param max      most
 * @param step     slider step
 * @param whole    whether a number must be whole
 * @param studied  the range the evidence studied, in words, or empty when no study pins it
 * @param base     the base scenario's value, canonical
 */
public record Control(String path, String component, Kind kind, String label, String meaning, String unit,
                      double min, double max, double step, boolean whole, String studied, String base) {
    /** How a control is set: a switch, a number (slider and box) or a span of grades. */
    public enum Kind { SWITCH, NUMBER, GRADES }

    /** The element id of the control's input (letters, digits, '-' and '_' only). */
    public String id() {
        return "f-" + path.replace('.', '-');
    }

    /** The id of the element that holds this control's guard-rail warnings. */
    public String warningId() {
        return "warn-" + path.replace('.', '-');
    }

    /** The allowed values, in words, for pages and 422 messages. */
    public String allowed() {
        return switch (kind) {
            case SWITCH -> "true or false";
            case GRADES -> "a grade span LOW-HIGH of K, 1 … 12 (e.g. K-8), or one grade";
            case NUMBER -> (whole ? "a whole number" : "a number") + " from " + Html.number(min) + " to "
                    + Html.number(max) + (unit.isEmpty() ? "" : " (" + unit + ")");
        };
    }

    /**
     * {@code text} as this control's canonical text: {@code true}/{@code false}, a number as a scenario writes
     * it, a grade span as {@code K-8}.
     *
     * @throws Refusal 422 naming the field when the text is not such a value or lies outside the range
     */
    public String canonical(String text) {
        String t = text == null ? "" : text.strip();
        switch (kind) {
            case SWITCH -> {
                if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("on")) {
                    return "true";
                }
                if (t.equalsIgnoreCase("false") || t.equalsIgnoreCase("off")) {
                    return "false";
                }
            }
            case GRADES -> {
                String span = GradeSpan.canonical(t);
                if (span != null) {
                    return span;
                }
            }
            case NUMBER -> {
                try {
                    double v = Double.parseDouble(t.replace(",", ""));
                    if (Double.isFinite(v) && v >= min && v <= max && (!whole || v == Math.rint(v))
                            && t.matches("[0-9.,eE+-]+")) {
                        return Html.number(v);
                    }
                } catch (NumberFormatException e) {
                    // said below, with the range
                }
            }
        }
        throw Refusal.invalid(path, t, allowed());
    }

    /** The canonical text as the value a scenario tree holds. */
    public Object value(String canonical) {
        return switch (kind) {
            case SWITCH -> Boolean.parseBoolean(canonical);
            case GRADES -> canonical;
            case NUMBER -> whole ? (Object) Long.parseLong(canonical) : (Object) Double.parseDouble(canonical);
        };
    }
}
