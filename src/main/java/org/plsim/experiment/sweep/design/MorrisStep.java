package org.plsim.experiment.sweep.design;

/**
 * One step of a Morris trajectory: from one design point to the next, exactly one factor moves by ±Δ on
 * its unit scale (0 at the range's low end, 1 at its high end). The elementary effect of that factor on an
 * output y is {@code (y(to) − y(from)) / delta}.
 *
 * @param trajectory 0-based trajectory
 * @param from       design point before the step
 * @param to         design point after it (from + 1)
 * @param factor     index of the factor that moved, in the sweep's factor order
 * @param delta      its signed change on the unit scale, +Δ or −Δ
 */
public record MorrisStep(int trajectory, int from, int to, int factor, double delta) {
}
