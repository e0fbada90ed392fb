package org.plsim.components.competency;

import org.plsim.components.common.TeacherAdoption;
import org.plsim.model.component.EvidenceValues;

/**
 * How teachers take up mastery checks and correctives under this plan, for {@link TeacherAdoption}.
 *
 * <p>PD dose: each {@code competency_progression.reference_pd_hours} of professional development a year is an
 * independent chance {@code implementation.adoption_pd_rate} of adopting, so the yearly chance from PD is
 * {@code 1 − (1 − rate)^(hours / reference)} (0 with no PD: colleagues alone can still bring a teacher in).
 * Coaching raises the yearly proficiency gain by {@code implementation.coaching_boost} × the coached share.
 *
 * @param pdRate             yearly chance of adopting from PD alone
 * @param peerRate           added chance when every tied colleague has adopted
 * @param proficiencyGain    share of the way to full proficiency gained each year of use
 * @param collaborationBoost relative increase of the peer pull at a full collaboration climate
 */
record AdoptionRates(double pdRate, double peerRate, double proficiencyGain, double collaborationBoost) {
    static AdoptionRates of(CompetencyPlan plan, EvidenceValues ev) {
        double dose = plan.pdHoursPerTeacher() / ev.get(MasteryModel.P + "reference_pd_hours");
        double pd = 1.0 - Math.pow(1.0 - ev.get("implementation.adoption_pd_rate"), dose);
        double gain = ev.get("implementation.proficiency_gain")
                * (1.0 + ev.get("implementation.coaching_boost") * plan.coaching());
        return new AdoptionRates(pd, ev.get("implementation.peer_adoption"), Math.min(1.0, gain),
                ev.get("implementation.collaboration_boost"));
    }

    TeacherAdoption adoption(int schools) {
        return new TeacherAdoption(schools, pdRate, peerRate, proficiencyGain, collaborationBoost);
    }
}
