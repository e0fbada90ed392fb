package org.plsim.model.component;

/**
 * Whom a component's plan serves at the start of its first year, from the scenario alone: the grade span it
 * serves, the students enrolled in its schools and grades, and those its coverage reaches — the figures its
 * costs are computed from, for the cost preview to show beside them.
 *
 * @param lowGrade  lowest grade served (0 = K)
 * @param highGrade highest grade served
 * @param eligible  students in the served schools and grades
 * @param coverage  share of the eligible students reached ({@code rollout.coverage}), 0–1
 * @param reached   students reached (eligible × coverage; 0 when the component is switched off)
 */
public record PlanReach(int lowGrade, int highGrade, long eligible, double coverage, long reached) {
    public PlanReach {
        if (lowGrade < 0 || highGrade < lowGrade || eligible < 0 || !(coverage >= 0 && coverage <= 1) || reached < 0
                || reached > eligible) {
            throw new IllegalArgumentException("a plan's reach needs 0 ≤ low ≤ high grade, coverage 0-1 and "
                    + "0 ≤ reached ≤ eligible: "
                    + lowGrade + "-" + highGrade + ", " + reached + " of " + eligible);
        }
    }

    /** The span as a scenario file writes it: {@code K-12}, {@code 6-8}, {@code 3}. */
    public String grades() {
        return span(lowGrade, highGrade);
    }

    /** {@code low}-{@code high} as a scenario file writes a grade span (0 = K; one grade alone). */
    public static String span(int low, int high) {
        String lo = low == 0 ? "K" : Integer.toString(low);
        return low == high ? lo : lo + "-" + high;
    }
}
