package org.plsim.components.common;

import org.plsim.model.component.Basis;

/**
 * A component's natural grade span: what {@code rollout.grades} is when a scenario does not say, and why.
 *
 * @param low   lowest grade (0 = K)
 * @param high  highest grade
 * @param basis why the component serves these grades unless told otherwise
 */
public record DefaultGrades(int low, int high, Basis basis) {
    int[] span() {
        return new int[] {low, high};
    }
}
