package org.plsim.analysis;

/**
 * One replicate's value of one key in each arm. Both arms ran from the same run seed (common random
 * numbers), so their difference is the effect of the grant components net of the students' luck.
 *
 * @param treatment the value in the treatment arm (the plan as written)
 * @param bau       the value in the business-as-usual arm
 */
public record PairedEffect(int replicate, long runSeed, EffectKey key, double treatment, double bau) {
    /** Treatment minus business as usual, in the measure's unit. */
    public double effect() {
        return treatment - bau;
    }
}
