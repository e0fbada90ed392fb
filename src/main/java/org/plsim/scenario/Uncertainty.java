package org.plsim.scenario;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a run draws the evidence registry's parameters from their uncertainty, one set per replicate
 * ({@code evidence}), or holds them at their central values ({@code none}). With {@code evidence} the
 * intervals of a run show how unsure the research is, not only the model's simulation noise.
 */
public enum Uncertainty {
    EVIDENCE("evidence"), NONE("none");

    private final String label;

    Uncertainty(String label) {
        this.label = label;
    }

    /** The word used in scenario files and on the command line. */
    public String label() {
        return label;
    }

    /** The mode named {@code text} (any case), if there is one. */
    public static Optional<Uncertainty> parse(String text) {
        for (Uncertainty u : values()) {
            if (u.label.equals(text == null ? null : text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** "evidence or none", for "allowed: …" messages. */
    public static String allowed() {
        return EVIDENCE.label + " or " + NONE.label;
    }
}
