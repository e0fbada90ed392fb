package org.plsim.components.partnerships;

import static org.plsim.model.component.Basis.assumption;
import static org.plsim.model.component.Basis.cited;

import java.util.List;
import org.plsim.components.common.About;
import org.plsim.components.common.Settings;
import org.plsim.components.common.Unit;

/**
 * What a district buys from its partners: the scenario knobs of the {@code partnerships} block (besides the
 * common {@code enabled}, {@code rollout}, {@code fidelity} and {@code grant_years}). Capacities are per 100
 * students reached, so they grow with coverage.
 *
 * @param tutoringSeatsPer100    students tutored per 100 reached, 0–100 (default 5; 100: a program
 *                               that tutors every reached student, e.g. in a scheduled school-day period)
 * @param tutoringHoursPerWeek   tutoring hours a tutored student is scheduled for each week, 0–5 (default 1.5;
 *                               high-dosage tutoring is at least 3 sessions of 30 minutes)
 * @param mentorsPer100          mentor matches per 100 students reached, 0–100 (default 5; 100: every
 *                               reached student has a mentor or advisor)
 * @param afterSchoolSeatsPer100 after-school program seats per 100 students reached, 0–60 (default 15)
 * @param familyEngagement       share of reached students whose families outreach reaches, 0–1 (default 0.3)
 * @param attendanceOutreach     case outreach to reached students who fall into chronic absence (default true)
 * @param outreachThreshold      share of days absent so far that flags a student for outreach, 0.05–0.3
 *                               (default 0.10: the federal definition of chronic absence)
 * @param outreachFirstWeek      first week of the year (0-based) at which students are flagged, 1–20
 *                               (default 4: after a month, as early-warning systems do)
 * @param teacherNetwork         teachers of served schools join cross-school networks / PLCs (default true)
 * @param targeting              who gets the seats: the students most in need first, or at random
 * @param dualEnrollmentSeatsPer100 dual-enrollment / early-college seats per 100 reached students in grades
 *                               9–12, 0–100 (default 0: off); a seat is held through high school
 *                               ({@link DualEnrollment})
 */
public record PartnershipPlan(double tutoringSeatsPer100, double tutoringHoursPerWeek, double mentorsPer100,
                              double afterSchoolSeatsPer100, double familyEngagement, boolean attendanceOutreach,
                              double outreachThreshold, int outreachFirstWeek, boolean teacherNetwork,
                              Targeting targeting, double dualEnrollmentSeatsPer100) {

    /** How seats are handed out among the reached students of a school. */
    public enum Targeting {
        /** Lowest achievers first for tutoring and after-school; most often absent first for mentors and families. */
        NEED,
        /** In random order, from the component's own {@code allocation} stream. */
        RANDOM
    }

    /** Reads the knobs from a component's settings (call {@link Settings#done()} afterwards). */
    public static PartnershipPlan read(Settings s) {
        double tutoring = s.number("tutoring_seats_per_100", 5, 0, 100, new About(Unit.PER_100_REACHED,
                "students tutored per 100 reached (seats re-allocated each fall); 100 tutors every reached "
                        + "student, whose tutor-hours the tutoring cost line pays for",
                assumption("a tutoring seat for one student in twenty; no source gives a typical capacity")));
        double hours = s.number("tutoring_hours_per_week", 1.5, 0, 5, new About(Unit.HOURS_PER_WEEK,
                "tutoring scheduled for each tutored student; absent students miss sessions",
                cited("high-impact tutoring is at least three sessions of at least 30 minutes a week: 1.5 hours",
                        "nssa-high-impact-tutoring")));
        double mentors = s.number("mentors_per_100", 5, 0, 100, new About(Unit.PER_100_REACHED,
                "mentor matches per 100 students reached; mentors raise engagement and reinforce learning plans; "
                        + "100 gives every reached student a mentor, each match paid for in the mentoring cost line",
                assumption("a mentor for one student in twenty; no source gives a typical capacity")));
        double afterSchool = s.number("after_school_seats_per_100", 15, 0, 60, new About(Unit.PER_100_REACHED,
                "after-school program seats per 100 students reached",
                assumption("after-school seats for about one student in seven; no source gives a typical "
                        + "capacity")));
        double family = s.number("family_engagement", 0.3, 0, 1, new About(Unit.SHARE,
                "share of reached students whose families outreach reaches (home-learning support, attendance "
                        + "messages)",
                assumption("outreach reaches about a third of families; no source gives the share")));
        boolean outreach = s.flag("attendance_outreach", true, new About(Unit.SWITCH,
                "case outreach (success mentor, case worker) to reached students who fall into chronic absence",
                assumption("attendance outreach is part of the partnership plan unless switched off")));
        double threshold = s.number("outreach_absence_threshold", 0.10, 0.05, 0.3, new About(Unit.SHARE,
                "share of the days so far a student must have missed to be flagged for outreach",
                assumption("10% of days, the usual definition of chronic absence and the one the model's "
                        + "chronic-absence outcome counts; the registry holds no source for the definition")));
        int firstWeek = s.whole("outreach_first_week", 4, 1, 20, new About(Unit.WEEK_OF_YEAR,
                "first week of the year at which students can be flagged",
                assumption("after a month, as early-warning systems do, so a few days missed do not flag")));
        boolean network = s.flag("teacher_network", true, new About(Unit.SWITCH,
                "teachers of served schools join cross-school networks / PLCs, which build the collaboration "
                        + "climate other components' teacher adoption reads",
                assumption("networks are part of the partnership plan unless switched off")));
        String targeting = s.choice("targeting", "need", List.of("need", "random"), new About(Unit.KIND,
                "need: lowest achievers first for tutoring and after-school, most often absent first for "
                        + "mentors and families; random: in random order",
                assumption("partner seats go to the students most in need, as targeted programs do")));
        double dual = s.number("dual_enrollment_seats_per_100", 0, 0, 100, new About(Unit.PER_100_REACHED,
                "dual-enrollment / early-college seats per 100 reached students in grades 9-12 (college courses "
                        + "for credit with a partner college); a seat, drawn by lottery, is held through high school",
                assumption("off unless a plan buys seats; 100 is an early college that every reached student "
                        + "attends")));
        return new PartnershipPlan(tutoring, hours, mentors, afterSchool, family, outreach, threshold, firstWeek,
                network, targeting.equals("random") ? Targeting.RANDOM : Targeting.NEED, dual);
    }
}
