package org.plsim.components.competency;

import org.plsim.model.component.EvidenceValues;

/**
 * How much of a unit a student masters, and how a mastery check sees it: the evidence-registry parameters
 * of {@code competency_progression} and the pure arithmetic on them (no state, no random numbers).
 *
 * <p><b>Learning curve.</b> After {@code f} units' worth of instruction a student masters
 * {@code m = 1 − exp(−λ f)} of a unit's content, with rate {@code λ = λ₀ · exp(β · (z + κ · p))}: {@code z} the
 * student's achievement (SD vs the national norm), {@code p} what the student masters of the prerequisite
 * (the previous unit) beyond business as usual, in aligned SD, and {@code λ₀} set so that a typical student
 * ({@code z = 0}) masters {@code bauMastery} of a unit under group-paced instruction. Corrective instruction
 * of {@code c} of a unit's time, aimed at what the check found missing, closes a share
 * {@code 1 − exp(−e · proficiency · λ · c)} of what is still missing.
 *
 * <p><b>Aligned scale.</b> One SD on an aligned test is the difference in unit mastery between a typical
 * student and one 1 SD above: {@code s = dm/dz} at {@code z = 0} = {@code β λ₀ (1 − bauMastery)}. A check of
 * reliability {@code ρ} adds error of SD {@code s · sqrt((1 − ρ)/ρ)} (true-score SD across students ≈ s).
 *
 * @param bauMastery          share of a unit a typical student masters under business as usual
 * @param ratePerSd           β, log-change of the learning rate per SD of achievement
 * @param correctiveTime      c, time of one corrective round, share of a unit's time
 * @param correctiveEfficiency e, learning per unit of time in correctives relative to first instruction,
 *                            for a fully proficient teacher
 * @param prerequisiteWeight  κ, SD of achievement that one aligned SD of prerequisite mastery is worth
 * @param transferShare       τ, share of unit mastery gained or lost that is transferable learning
 * @param diagnosticReduction share of a check's measurement error removed by full adaptive-software data
 */
public record MasteryModel(double bauMastery, double ratePerSd, double correctiveTime, double correctiveEfficiency,
                           double prerequisiteWeight, double transferShare, double diagnosticReduction) {
    static final String P = "competency_progression.";

    public static MasteryModel of(EvidenceValues ev) {
        return new MasteryModel(ev.get(P + "bau_unit_mastery"), ev.get(P + "mastery_rate_per_sd"),
                ev.get(P + "corrective_time_share"), ev.get(P + "corrective_efficiency"),
                ev.get(P + "prerequisite_weight"), ev.get(P + "transfer_share"),
                ev.get(P + "diagnostic_error_reduction"));
    }

    /** λ₀: the learning rate of a typical student, per unit of instruction. */
    public double baseRate() {
        return -Math.log(1.0 - bauMastery);
    }

    /** s: share of a unit's content that one aligned SD is worth. */
    public double scale() {
        return ratePerSd * baseRate() * (1.0 - bauMastery);
    }

    /** λ for a student at achievement {@code z} with {@code prerequisiteSd} aligned SD of prerequisite beyond BAU. */
    public double rate(double z, double prerequisiteSd) {
        return baseRate() * Math.exp(ratePerSd * (z + prerequisiteWeight * prerequisiteSd));
    }

    /** Mastery after {@code fraction} of a unit's instruction at rate {@code rate}. */
    public static double mastery(double rate, double fraction) {
        return 1.0 - Math.exp(-rate * fraction);
    }

    /** Mastery business-as-usual instruction gives a student at achievement {@code z}: the whole unit, no prerequisite gain. */
    public double bauMastery(double z) {
        return mastery(rate(z, 0), 1.0);
    }

    /** Mastery after one corrective round by a teacher of {@code proficiency} (0–1). */
    public double afterCorrective(double mastery, double rate, double proficiency) {
        return 1.0 - (1.0 - mastery) * Math.exp(-correctiveEfficiency * proficiency * rate * correctiveTime);
    }

    /**
     * SD of a check's measurement error for reliability {@code reliability}, lowered by what adaptive software
     * knows of the student ({@code diagnostic}, 0–1, the shared signal blended learning writes).
     */
    public double errorSd(double reliability, double diagnostic) {
        return scale() * Math.sqrt((1.0 - reliability) / reliability) * (1.0 - diagnosticReduction * diagnostic);
    }
}
