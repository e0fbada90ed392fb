package org.plsim.evidence;

import java.util.Optional;

/**
 * How far a value can be trusted, as in EVIDENCE.md: A a primary or official text, B a reputable secondary
 * one, C a weak secondary one, M widely quoted but not re-read from the primary; and, for parameters only,
 * {@code assumption}: a value the PLSim authors chose where no study pins it down.
 */
public enum Grade {
    A("A"), B("B"), C("C"), M("M"), ASSUMPTION("assumption");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The grade written {@code text} (exactly as in the registry: A, B, C, M, assumption). */
    public static Optional<Grade> parse(String text) {
        for (Grade g : values()) {
            if (g.label.equals(text)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** For "allowed: …" messages: the grades a source (no assumption) or a parameter may have. */
    public static String allowed(boolean forSource) {
        return forSource ? "one of A, B, C, M" : "one of A, B, C, M, assumption";
    }
}
