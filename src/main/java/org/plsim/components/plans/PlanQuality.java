package org.plsim.components.plans;

/**
 * How good a student's plan is, 0–1, from what goes into building and reviewing it — pure arithmetic, so it
 * can be checked by hand. Each input saturates ({@code x / (x + half)}): the first hour of a counselor's
 * attention matters more than the fifth. Quality is the weighted mix of the counselor's, the advisory
 * teacher's and the family's share, scaled by the student's uptake (engagement) and a mentor's
 * reinforcement, and by the implementation's intensity (fidelity × scale).
 *
 * <pre>{@code
 * PlanQuality pq = new PlanQuality(evidence);
 * double c = pq.counselor(1.0 / 250);          // counselor FTE per student
 * double q = pq.of(c, pq.advisory(30, 0.45), pq.family(1), 0.0, 0.0, 1.0);
 * }</pre>
 */
final class PlanQuality {
    private final PlanEvidence ev;

    PlanQuality(PlanEvidence ev) {
        this.ev = ev;
    }

    static double saturating(double x, double half) {
        return x <= 0 ? 0 : x / (x + half);
    }

    /** Counselor share, from counselor FTE per student in the served grades (1/caseload). */
    double counselor(double ftePerStudent) {
        return saturating(ftePerStudent * ev.counselorPlanHours(), ev.counselorHoursHalf());
    }

    /** Advisory share, from advisory minutes a week and the advisor's proficiency with plans (0–1). */
    double advisory(double minutesPerWeek, double advisorProficiency) {
        double u = ev.untrainedAdvisorShare();
        return saturating(minutesPerWeek, ev.advisoryMinutesHalf()) * (u + (1 - u) * advisorProficiency);
    }

    /** Family share, from the plan conferences the family attended this year. */
    double family(int conferencesAttended) {
        return saturating(conferencesAttended, ev.conferencesHalf());
    }

    /** Chance a family attends one scheduled conference. */
    double attendance(boolean lowIncome) {
        return Math.min(1.0, ev.conferenceAttendance() * (lowIncome ? ev.lowIncomeAttendance() : 1.0));
    }

    /** Student's uptake: 1 at typical engagement, between 0 and 2 (logistic in engagement SD). */
    double uptake(double engagementSd) {
        return 2.0 / (1.0 + Math.exp(-ev.engagementUptake() * engagementSd));
    }

    /**
     * Plan quality after a build or review.
     *
     * @param counselor  {@link #counselor} share
     * @param advisory   {@link #advisory} share
     * @param family     {@link #family} share
     * @param engagement student's engagement, SD
     * @param mentoring  shared mentoring signal, 0–1
     * @param intensity  the component's intensity this year, 0–1
     */
    double of(double counselor, double advisory, double family, double engagement, double mentoring,
              double intensity) {
        double w = ev.weightCounselor() + ev.weightAdvisory() + ev.weightFamily();
        double mix = (ev.weightCounselor() * counselor + ev.weightAdvisory() * advisory
                + ev.weightFamily() * family) / w;
        double q = uptake(engagement) * mix * (1.0 + ev.mentorReinforcement() * mentoring);
        return intensity * Math.min(1.0, q);
    }

    /** Share of quality an unreviewed plan keeps from one week to the next. */
    double weeklyRetention() {
        return Math.pow(0.5, 1.0 / ev.halfLifeWeeks());
    }

    /** Review weeks of a year: {@code reviews} evenly spaced, the first (the fall build) in week 0. */
    static boolean[] reviewWeeks(int reviews, int weeks) {
        boolean[] r = new boolean[weeks];
        for (int k = 0; k < reviews; k++) {
            r[(int) ((long) k * weeks / reviews)] = true;
        }
        return r;
    }

    /**
     * Yearly chance that an advisor adopts plan practice after {@code pdHours} of PD, when the reference dose
     * gives {@code rateAtReference}: each reference dose is an independent chance, so more PD helps with
     * diminishing returns and none gives none.
     */
    static double pdAdoptionRate(double pdHours, double referenceHours, double rateAtReference) {
        return 1.0 - Math.pow(1.0 - rateAtReference, pdHours / referenceHours);
    }
}
