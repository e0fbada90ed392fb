package org.plsim.evidence;

import java.util.List;

/** Small registries built in Java, for tests that must not depend on the shipped file. */
final class Registries {
    static final String SHA = "0123456789abcdef".repeat(4);
    static final EvidenceSource SOURCE = new EvidenceSource("someone-2020", "Someone, A. (2020). A study. A Journal, 1, 1-2.",
            Grade.A, "");

    private Registries() {
    }

    static EvidenceParameter parameter(String id, double central, double low, double high, Distribution d) {
        return new EvidenceParameter(id, "implementation", "a test parameter", "SD per year", central, low, high, d,
                Grade.A, List.of(SOURCE.id()), "");
    }

    static EvidenceRegistry of(EvidenceParameter... parameters) {
        return new EvidenceRegistry(List.of(SOURCE), List.of(parameters), SHA);
    }

    /** Four parameters, one of each distribution. */
    static EvidenceRegistry four() {
        return of(parameter("implementation.a", 0.5, 0.2, 0.9, Distribution.TRIANGULAR),
                parameter("implementation.b", 1, 0, 2, Distribution.NORMAL),
                parameter("implementation.c", 10, 5, 20, Distribution.UNIFORM),
                parameter("implementation.d", 3, 1, 5, Distribution.FIXED));
    }
}
