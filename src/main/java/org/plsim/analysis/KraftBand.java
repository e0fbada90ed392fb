package org.plsim.analysis;

/**
 * Kraft's (2020) benchmarks for effect sizes of education interventions on achievement, by absolute size:
 * under 0.05 SD small, 0.05 to under 0.20 medium, 0.20 or more large. They replace Cohen's benchmarks, which
 * make nearly every real school effect look "small".
 */
public enum KraftBand {
    SMALL("small"), MEDIUM("medium"), LARGE("large");

    private final String label;

    KraftBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band of an effect size in SD units; the sign does not matter. */
    public static KraftBand of(double effectSize) {
        double size = Math.abs(effectSize);
        if (size < 0.05) {
            return SMALL;
        }
        return size < 0.20 ? MEDIUM : LARGE;
    }
}
