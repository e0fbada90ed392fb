package org.plsim.components.partnerships;

import java.util.List;
import org.plsim.components.common.Settings;

/**
 * What a district buys from its partners: the scenario knobs of the {@code partnerships} block (besides the
 * common {@code enabled}, {@code rollout}, {@code fidelity} and {@code grant_years}). Capacities are per 100
 * students reached, so they grow with coverage.
 *
 * @param tutoringSeatsPer100    students tutored per 100 reached, 0–50 (default 5)
 * @param tutoringHoursPerWeek   tutoring hours a tutored student is scheduled for each week, 0–5 (default 1.5;
 *                               high-dosage tutoring is at least 3 sessions of 30 minutes)
 * @param mentorsPer100          mentor matches per 100 students reached, 0–50 (default 5)
 * @param afterSchoolSeatsPer100 after-school program seats per 100 students reached, 0–60 (default 15)
 * @param familyEngagement       share of reached students whose families outreach reaches, 0–1 (default 0.3)
 * @param attendanceOutreach     case outreach to reached students who fall into chronic absence (default true)
 * @param outreachThreshold      share of days absent so far that flags a student for outreach, 0.05–0.3
 *                               (default 0.10: the federal definition of chronic absence)
 * @param outreachFirstWeek      first week of the year (0-based) at which students are flagged, 1–20
 *                               (default 4: after a month, as early-warning systems do)
 * @param teacherNetwork         teachers of served schools join cross-school networks / PLCs (default true)
 * @param targeting              who gets the seats: the students most in need first, or at random
 */
public record PartnershipPlan(double tutoringSeatsPer100, double tutoringHoursPerWeek, double mentorsPer100,
                              double afterSchoolSeatsPer100, double familyEngagement, boolean attendanceOutreach,
                              double outreachThreshold, int outreachFirstWeek, boolean teacherNetwork,
                              Targeting targeting) {

    /** How seats are handed out among the reached students of a school. */
    public enum Targeting {
        /** Lowest achievers first for tutoring and after-school; most often absent first for mentors and families. */
        NEED,
        /** In random order, from the component's own {@code allocation} stream. */
        RANDOM
    }

    /** Reads the knobs from a component's settings (call {@link Settings#done()} afterwards). */
    public static PartnershipPlan read(Settings s) {
        double tutoring = s.number("tutoring_seats_per_100", 5, 0, 50);
        double hours = s.number("tutoring_hours_per_week", 1.5, 0, 5);
        double mentors = s.number("mentors_per_100", 5, 0, 50);
        double afterSchool = s.number("after_school_seats_per_100", 15, 0, 60);
        double family = s.number("family_engagement", 0.3, 0, 1);
        boolean outreach = s.flag("attendance_outreach", true);
        double threshold = s.number("outreach_absence_threshold", 0.10, 0.05, 0.3);
        int firstWeek = s.whole("outreach_first_week", 4, 1, 20);
        boolean network = s.flag("teacher_network", true);
        String targeting = s.choice("targeting", "need", List.of("need", "random"));
        return new PartnershipPlan(tutoring, hours, mentors, afterSchool, family, outreach, threshold, firstWeek,
                network, targeting.equals("random") ? Targeting.RANDOM : Targeting.NEED);
    }
}
