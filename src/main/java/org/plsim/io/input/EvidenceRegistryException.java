package org.plsim.io.input;

import org.plsim.io.yaml.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** An evidence registry file that cannot be used, with one {@link Problem} (file, line, field) per thing to fix. */
public final class EvidenceRegistryException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    public EvidenceRegistryException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
