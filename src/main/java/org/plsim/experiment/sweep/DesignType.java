package org.plsim.experiment.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a sweep chooses its design points; the label is what a sweep file's {@code design.type} says. */
public enum DesignType {
    /** Every combination of the factors' levels, the last factor varying fastest. */
    FACTORIAL("factorial"),
    /** The 2^k on/off mixes of k grant components, optionally crossed with factor levels. */
    COMPONENT_MIX("component_mix"),
    /** n points, each factor's range cut into n strata with one point in each (McKay et al. 1979). */
    LATIN_HYPERCUBE("latin_hypercube"),
    /** n points drawn uniformly from the factors' ranges. */
    RANDOM("random"),
    /** Morris elementary-effects trajectories on a p-level grid (Morris 1991; Campolongo et al. 2007). */
    MORRIS("morris"),
    /**
     * Saltelli's scheme for variance-based indices: N base samples of a Sobol sequence, each giving k + 2 points
     * (Saltelli 2002, 2010).
     */
    SOBOL("sobol"),
    /** One point per listed scenario file, each a whole scenario (a cohort of districts); no base, no factors. */
    SCENARIOS("scenarios");

    private final String label;

    DesignType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for designs that take each factor's listed levels; the others draw from ranges (scenarios: none). */
    public boolean usesLevels() {
        return this == FACTORIAL || this == COMPONENT_MIX;
    }

    public static Optional<DesignType> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.label.equals(text)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(DesignType::label).toList();
    }
}
