package org.plsim.io.yaml;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file that cannot be used, with one {@link Problem} per thing to fix. The CLI exits 2. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
