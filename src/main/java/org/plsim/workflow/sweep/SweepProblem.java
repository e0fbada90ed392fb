package org.plsim.workflow.sweep;

import java.util.List;

/**
 * Why a sweep step stopped, in the words to show the user, one line each. {@link Kind#REFUSED}: the input, the
 * folder or missing runs (fix and run again); {@link Kind#FAILED}: running or writing failed, or runs disagree
 * with themselves.
 */
public final class SweepProblem extends Exception {
    /** Whether the user's input stopped the step or the step itself failed. */
    public enum Kind {
        REFUSED,
        FAILED
    }

    private final Kind kind;
    private final List<String> lines;

    public SweepProblem(Kind kind, List<String> lines) {
        super(String.join("\n", lines));
        this.kind = kind;
        this.lines = List.copyOf(lines);
    }

    SweepProblem(Kind kind, String line) {
        this(kind, List.of(line));
    }

    public Kind kind() {
        return kind;
    }

    public List<String> lines() {
        return lines;
    }
}
