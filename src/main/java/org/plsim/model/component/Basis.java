package org.plsim.model.component;

import java.util.List;

/**
 * Why a component setting's default is what it is, so the settings reference can say it next to the value:
 * the central value of an evidence-registry parameter, a finding with its registry sources, or an assumption
 * with its reason. Registry ids are kept apart from the prose so a test can check that each one exists (a
 * cited source is never made up) and that an evidence default still equals the parameter's central value.
 *
 * @param kind where the default comes from
 * @param why  one sentence, the reason in the user's words
 * @param refs registry ids: the parameter (EVIDENCE) or the sources (CITED); none for an ASSUMPTION
 */
public record Basis(Kind kind, String why, List<String> refs) {
    /** Where a default comes from. */
    public enum Kind {
        /** The central value of an evidence-registry parameter. */
        EVIDENCE,
        /** A finding or an official figure, with its evidence-registry sources. */
        CITED,
        /** The PLSim authors' choice where no source pins the value down. */
        ASSUMPTION
    }

    public Basis {
        refs = List.copyOf(refs);
        if (why == null || why.isBlank() || (kind == Kind.ASSUMPTION) != refs.isEmpty()) {
            throw new IllegalArgumentException("a basis needs a reason, and registry ids unless an assumption: "
                    + kind + " " + why + " " + refs);
        }
    }

    /** The default is the central value of registry parameter {@code parameterId}. */
    public static Basis evidence(String parameterId, String why) {
        return new Basis(Kind.EVIDENCE, why, List.of(parameterId));
    }

    /** The default follows from a finding in the registry sources {@code sourceIds}. */
    public static Basis cited(String why, String... sourceIds) {
        return new Basis(Kind.CITED, why, List.of(sourceIds));
    }

    /** No source pins the default down; {@code why} says why this value. */
    public static Basis assumption(String why) {
        return new Basis(Kind.ASSUMPTION, why, List.of());
    }
}
