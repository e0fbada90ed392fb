package org.plsim.components.partnerships;

/**
 * What each partner program does per student-week in one school year, at that year's intensity: worked out
 * once a fall rather than once a school-week (the inputs do not change within a year).
 *
 * @param tutoring     SD of learning per tutored student-week at full attendance, plan steering and time share
 * @param afterSchool  SD of learning per after-school student-week (both subjects) at full attendance
 * @param bonding      SD of engagement per after-school student-week
 * @param mentoring    SD of engagement per mentored student-week
 * @param family       SD of learning per student-week of a family reached (both subjects)
 * @param outreachOdds change in daily absence log-odds once a student is flagged for outreach (negative)
 */
record Strengths(double tutoring, double afterSchool, double bonding, double mentoring, double family,
                 double outreachOdds) {

    /** The strengths of {@code plan} with evidence {@code fx} at {@code intensity}, in a year of {@code weeks}. */
    static Strengths of(PartnershipPlan plan, PartnerEffects fx, double intensity, double weeks) {
        double partner = fx.effectiveness() * intensity;
        return new Strengths(plan.tutoringHoursPerWeek() * fx.tutoringPerHour() * intensity,
                fx.afterSchoolLearning() * partner / weeks, fx.afterSchoolEngagement() * partner / weeks,
                fx.mentoringEngagement() * partner / weeks, fx.familyLearning() * partner / weeks,
                -fx.outreachAbsence() * partner);
    }
}
