package org.plsim.components.plans;

import org.plsim.model.component.EvidenceValues;

/**
 * The evidence parameters of the learning-plans mechanism, read once per replicate from the registry (ids
 * {@code learning_plans.<name>}; sources and ranges in the evidence registry, {@code org/plsim/evidence/registry.yaml}).
 *
 * @param counselorPlanHours     hours a full-time counselor spends a year on individual student planning
 * @param counselorHoursHalf     counselor planning hours per student per year at which the counselor's share of
 *                               plan quality is half its maximum
 * @param advisoryMinutesHalf    advisory minutes a week at which the advisory share is half its maximum
 * @param untrainedAdvisorShare  how useful an advisor untrained in plans is, relative to a proficient one
 * @param advisorPdReferenceHours PD hours at which a teacher adopts with {@code implementation.adoption_pd_rate}
 * @param conferenceAttendance   chance a family attends a scheduled plan conference
 * @param lowIncomeAttendance    the same for low-income families, relative to others
 * @param conferencesHalf        conferences attended in a year at which the family share is half its maximum
 * @param weightCounselor        share of plan quality owed to the counselor (normalised with the two below)
 * @param weightAdvisory         share owed to the advisory teacher
 * @param weightFamily           share owed to the family
 * @param engagementUptake       log-odds per SD of engagement of the student's uptake of the plan
 * @param mentorReinforcement    relative rise of plan quality with a full-time mentor (mentoring signal 1)
 * @param halfLifeWeeks          weeks for an unreviewed plan to lose half its quality
 * @param engagementEffect       engagement (SD) of a student with a plan of quality 1
 * @param absenceLogOdds         daily absence log-odds of a student with a plan of quality 1 (negative)
 * @param completionLogOdds      on-track/graduation log-odds gained per school year with a plan of quality 1
 * @param collegeLogOdds         college-enrollment log-odds gained per year of college steps at quality 1
 * @param collegeLowIncomeRatio  college-step gain of low-income students relative to others
 */
record PlanEvidence(double counselorPlanHours, double counselorHoursHalf, double advisoryMinutesHalf,
                    double untrainedAdvisorShare, double advisorPdReferenceHours, double conferenceAttendance,
                    double lowIncomeAttendance, double conferencesHalf, double weightCounselor,
                    double weightAdvisory, double weightFamily, double engagementUptake,
                    double mentorReinforcement, double halfLifeWeeks, double engagementEffect,
                    double absenceLogOdds, double completionLogOdds, double collegeLogOdds,
                    double collegeLowIncomeRatio) {

    static final String PREFIX = "learning_plans.";

    static PlanEvidence read(EvidenceValues ev) {
        return new PlanEvidence(
                ev.get(PREFIX + "counselor_plan_hours"),
                ev.get(PREFIX + "counselor_hours_half"),
                ev.get(PREFIX + "advisory_minutes_half"),
                ev.get(PREFIX + "untrained_advisor_share"),
                ev.get(PREFIX + "advisor_pd_reference_hours"),
                ev.get(PREFIX + "conference_attendance"),
                ev.get(PREFIX + "low_income_attendance_ratio"),
                ev.get(PREFIX + "conferences_half"),
                ev.get(PREFIX + "weight_counselor"),
                ev.get(PREFIX + "weight_advisory"),
                ev.get(PREFIX + "weight_family"),
                ev.get(PREFIX + "engagement_uptake"),
                ev.get(PREFIX + "mentor_reinforcement"),
                ev.get(PREFIX + "plan_half_life_weeks"),
                ev.get(PREFIX + "engagement_effect"),
                ev.get(PREFIX + "absence_log_odds"),
                ev.get(PREFIX + "completion_log_odds"),
                ev.get(PREFIX + "college_log_odds"),
                ev.get(PREFIX + "college_low_income_ratio"));
    }
}
