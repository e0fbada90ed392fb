package org.plsim.components.competency;

/**
 * One school year of the plan as the unit cycle needs it: the mechanism, the knobs, the calendar and this
 * year's implementation intensity.
 *
 * @param model     the evidence parameters
 * @param plan      the scenario's knobs
 * @param unitWeeks weeks of class time a unit takes at the class's pace
 * @param yearWeeks instructional weeks in the year
 * @param intensity fidelity × scale attenuation (× sustained share after the grant): the chance that a unit's
 *                  check-and-correct cycle runs as designed for a served student
 */
record Term(MasteryModel model, CompetencyPlan plan, double unitWeeks, double yearWeeks, double intensity) {
    int units() {
        return plan.unitsPerYear();
    }

    /** Class time a corrective round displaces: the part of it not given outside class. */
    double correctiveDelay() {
        return (1.0 - plan.paceSupport()) * model.correctiveTime() * unitWeeks;
    }

    /** Aligned SD that a change of {@code share} of one unit's mastery is worth on a test of the year's units. */
    double alignedSd(double share) {
        return share / (model.scale() * units());
    }
}
