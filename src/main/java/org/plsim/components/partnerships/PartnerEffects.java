package org.plsim.components.partnerships;

import org.plsim.model.component.EvidenceValues;

/**
 * The evidence parameters of the partnerships mechanism, read once when the component is created (ids
 * {@code partnerships.*} in the evidence registry, where each has its sources and range).
 *
 * <p>The partner programs whose evidence comes mostly from meta-analyses of selected, often non-experimental
 * studies (after-school, mentoring, family engagement, case outreach) act through their reference effects
 * times {@code effectiveness}: the share of those effects a district's partner programs realize — about 0
 * in the strongest trials (Communities In Schools RCT, 21st CCLC evaluation), 1 in the weaker designs (Jeynes
 * 2012, Durlak et al. 2010). Drawing it once per replicate moves all four programs together, which is what
 * keeps the projected interval as wide as the evidence. Tutoring, parent attendance messages and teacher
 * networks have their own ranges.
 *
 * @param effectiveness         share of the meta-analytic effects partner programs realize, 0–1
 * @param tutoringPerHour       standardized-test SD gained per hour of tutoring attended, before attenuation at scale
 * @param afterSchoolLearning   SD a year of after-school program attended adds on achievement tests
 * @param afterSchoolEngagement SD of engagement (school bonding) a year of after-school program adds
 * @param mentoringEngagement   SD of engagement a year of mentoring adds
 * @param familyLearning        SD a year of family engagement adds to the student's achievement (home support)
 * @param familyAbsence         fall in daily absence log-odds from regular attendance messages to the family
 * @param outreachAbsence       fall in daily absence log-odds once a chronically absent student gets case outreach
 * @param climateGain           share of the way to the target collaboration climate a school covers each year
 * @param teacherGrowth         SD a year by which a teacher's students' learning grows for each year the
 *                              teacher works in a full collaboration climate (cumulative)
 * @param planSteering          relative rise in the tutoring and after-school sessions a seat holder attends
 *                              when the student has a full-quality learning plan (shared signal
 *                              {@code learningPlan}, written by learning plans)
 * @param dual                  what a year in a dual-enrollment seat does (RCT evidence: not scaled by
 *                              {@code effectiveness})
 */
public record PartnerEffects(double effectiveness, double tutoringPerHour, double afterSchoolLearning,
                             double afterSchoolEngagement, double mentoringEngagement, double familyLearning,
                             double familyAbsence, double outreachAbsence, double climateGain,
                             double teacherGrowth, double planSteering,
                             DualEnrollment.Effects dual) {

    /** Reads every {@code partnerships.*} mechanism parameter. */
    public static PartnerEffects read(EvidenceValues ev) {
        return new PartnerEffects(
                ev.get("partnerships.partner_effectiveness"),
                ev.get("partnerships.tutoring_effect_per_hour"),
                ev.get("partnerships.after_school_effect"),
                ev.get("partnerships.after_school_engagement"),
                ev.get("partnerships.mentoring_engagement"),
                ev.get("partnerships.family_learning_effect"),
                ev.get("partnerships.family_absence_logodds"),
                ev.get("partnerships.outreach_absence_logodds"),
                ev.get("partnerships.network_climate_gain"),
                ev.get("partnerships.network_teacher_growth"),
                ev.get("partnerships.plan_steering"), DualEnrollment.Effects.read(ev));
    }
}
