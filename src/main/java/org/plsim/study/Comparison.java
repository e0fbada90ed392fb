package org.plsim.study;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the study's number compares; the label is what a study block's {@code comparison} says. */
public enum Comparison {
    /**
     * Program against business as usual: the model's number is the paired effect, treatment arm minus the
     * business-as-usual arm of the same replicate (common random numbers).
     */
    BUSINESS_AS_USUAL("business_as_usual"),
    /** No comparison group: the model's number is the business-as-usual arm's own value (e.g. a growth norm). */
    NONE("none");

    private final String label;

    Comparison(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Comparison> parse(String text) {
        return Arrays.stream(values()).filter(c -> c.label.equals(text)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Comparison::label).toList();
    }
}
