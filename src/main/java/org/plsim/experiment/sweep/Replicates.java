package org.plsim.experiment.sweep;

import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * How many replicates a sweep runs per design point: a fixed count, or adaptively — rounds of
 * {@code batch} more replicates at every point until the 95% CI half-width of the chosen effect is at or
 * below {@code targetHalfWidth} at every point, or {@code max} is reached.
 *
 * @param fixed    replicates per point when not adaptive (the minimum when adaptive)
 * @param adaptive the stopping rule, or null for a fixed count
 */
public record Replicates(int fixed, Adaptive adaptive) {
    /**
     * @param measure         the effect the rule watches (all grades)
     * @param subject         its subject ({@link Subject#ALL} for non-subject measures)
     * @param group           its subgroup
     * @param year            its school year (1-based)
     * @param targetHalfWidth stop when every point's 95% CI half-width is at most this, in the measure's unit
     * @param max             replicates per point at most
     * @param batch           replicates added per round
     */
    public record Adaptive(Measure measure, Subject subject, Subgroup group, int year, double targetHalfWidth,
                           int max, int batch) {
    }

    public boolean isAdaptive() {
        return adaptive != null;
    }
}
