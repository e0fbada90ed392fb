package org.plsim.components.competency;

/**
 * One school year of the plan as the unit cycle needs it: the mechanism, the knobs, the calendar and this
 * year's implementation intensity — and the mechanism's constants worked out once for the year (the base
 * learning rate, the aligned scale, the check's error before the diagnostic cut), since the unit cycle runs
 * per student and subject. Each derived value is computed exactly as {@link MasteryModel} computes it, so
 * the unit cycle's numbers are the model's to the last bit.
 */
final class Term {
    private final MasteryModel model;
    private final CompetencyPlan plan;
    private final double unitWeeks;
    private final double yearWeeks;
    private final double intensity;
    private final int units;
    private final double threshold;
    private final int maxRounds;
    private final double baseRate;
    private final double scale;
    private final double errorSdBeforeData;
    private final double alignedUnit;
    private final double correctiveDelay;

    /**
     * @param unitWeeks weeks of class time a unit takes at the class's pace
     * @param yearWeeks instructional weeks in the year
     * @param intensity fidelity × scale attenuation (× sustained share after the grant): the chance that a
     *                  unit's check-and-correct cycle runs as designed for a served student
     */
    Term(MasteryModel model, CompetencyPlan plan, double unitWeeks, double yearWeeks, double intensity) {
        this.model = model;
        this.plan = plan;
        this.unitWeeks = unitWeeks;
        this.yearWeeks = yearWeeks;
        this.intensity = intensity;
        this.units = plan.unitsPerYear();
        this.threshold = plan.threshold();
        this.maxRounds = plan.maxRounds();
        this.baseRate = model.baseRate();
        this.scale = model.scale();
        double reliability = plan.reliability();
        this.errorSdBeforeData = scale * Math.sqrt((1.0 - reliability) / reliability);
        this.alignedUnit = scale * units;
        this.correctiveDelay = (1.0 - plan.paceSupport()) * model.correctiveTime() * unitWeeks;
    }

    MasteryModel model() {
        return model;
    }

    CompetencyPlan plan() {
        return plan;
    }

    double unitWeeks() {
        return unitWeeks;
    }

    double yearWeeks() {
        return yearWeeks;
    }

    double intensity() {
        return intensity;
    }

    int units() {
        return units;
    }

    double threshold() {
        return threshold;
    }

    int maxRounds() {
        return maxRounds;
    }

    /** s, as {@link MasteryModel#scale}. */
    double scale() {
        return scale;
    }

    /** Class time a corrective round displaces: the part of it not given outside class. */
    double correctiveDelay() {
        return correctiveDelay;
    }

    /** Aligned SD that a change of {@code share} of one unit's mastery is worth on a test of the year's units. */
    double alignedSd(double share) {
        return share / alignedUnit;
    }

    /** λ, as {@link MasteryModel#rate}. */
    double rate(double z, double prerequisiteSd) {
        return rateOf(rateExponent(z, prerequisiteSd));
    }

    /**
     * The exponent of {@link #rate}: {@code rate(z, p) == rateOf(rateExponent(z, p))} to the last bit. Two rates
     * whose exponents are equal are equal, and so is the mastery they give, so the unit cycle works such a
     * second rate out without its {@code exp}.
     */
    double rateExponent(double z, double prerequisiteSd) {
        return model.ratePerSd() * (z + model.prerequisiteWeight() * prerequisiteSd);
    }

    /** λ for a {@link #rateExponent}. */
    double rateOf(double exponent) {
        return baseRate * Math.exp(exponent);
    }

    /** As {@link MasteryModel#bauMastery}. */
    double bauMastery(double z) {
        return MasteryModel.mastery(rate(z, 0), 1.0);
    }

    /** As {@link MasteryModel#errorSd} at the plan's reliability. */
    double errorSd(double diagnostic) {
        return errorSdBeforeData * (1.0 - model.diagnosticReduction() * diagnostic);
    }
}
