package org.plsim.workflow.sweep;

import java.util.List;
import java.util.Optional;
import org.plsim.io.sweepfolder.SweepStatus;

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
    private final transient SweepStatus status;

    public SweepProblem(Kind kind, List<String> lines) {
        this(kind, lines, null);
    }

    /** @param status the folder's status when runs are missing or disagree (its lines are {@code lines}); or null */
    SweepProblem(Kind kind, List<String> lines, SweepStatus status) {
        super(String.join("\n", lines));
        this.kind = kind;
        this.lines = List.copyOf(lines);
        this.status = status;
    }

    /** The folder's status behind this problem, to say again with commands as launched; empty when none. */
    public Optional<SweepStatus> status() {
        return Optional.ofNullable(status);
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
