package org.plsim.components.blended;

import org.plsim.components.common.TeacherAdoption;
import org.plsim.model.component.EvidenceValues;

/**
 * How the plan's professional development and coaching set the teachers' take-up of the software (rates for
 * the shared {@link TeacherAdoption}). The common adoption and proficiency rates belong to PD at the
 * reference dose ({@code blended_learning.pd_reference_hours} a year); each further reference dose acts as
 * an independent exposure: {@code rate(h) = 1 − (1 − rate)^(h / reference)}. No PD, no take-up: teachers who
 * were never shown the software do not build it into their week (inputs without instructional change do
 * nothing). Coaching multiplies the proficiency gained a year by {@code 1 + implementation.coaching_boost}.
 *
 * @param pdRate             yearly chance a teacher adopts from PD alone
 * @param peerRate           added chance when all tied colleagues use it
 * @param proficiencyGain    share of the remaining way to proficiency gained a year of use
 * @param collaborationBoost relative rise of peer pull at full collaboration climate
 */
record TeacherUptake(double pdRate, double peerRate, double proficiencyGain, double collaborationBoost) {
    static TeacherUptake of(BlendedPlan plan, EvidenceValues ev) {
        double dose = plan.pdHours() / ev.get(AdaptiveSoftware.P + "pd_reference_hours");
        double adopt = exposures(ev.get("implementation.adoption_pd_rate"), dose);
        double gain = exposures(ev.get("implementation.proficiency_gain"), dose);
        if (plan.coaching()) {
            gain = Math.min(1.0, gain * (1.0 + ev.get("implementation.coaching_boost")));
        }
        return new TeacherUptake(adopt, ev.get("implementation.peer_adoption"), gain,
                ev.get("implementation.collaboration_boost"));
    }

    /** The adoption process for a district of {@code schools} schools. */
    TeacherAdoption newAdoption(int schools) {
        return new TeacherAdoption(schools, pdRate, peerRate, proficiencyGain, collaborationBoost);
    }

    private static double exposures(double rate, double dose) {
        return dose <= 0 ? 0.0 : 1.0 - Math.pow(1.0 - Math.min(1.0, rate), dose);
    }
}
