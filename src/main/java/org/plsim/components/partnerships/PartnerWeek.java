package org.plsim.components.partnerships;

import java.util.Arrays;
import org.plsim.model.component.SchoolView;
import org.plsim.model.observe.Subject;

/**
 * One served school's partner programs week by week through a school year, laid out in the fall so that each
 * week is a few passes, each doing only what its students need: tutoring (the tutored: a dose that follows
 * attendance, the plan and time share), after-school (seat holders: learning that follows attendance and the
 * plan, plus bonding and mentoring), the steady part of everyone else's week (family support and network
 * growth, fixed for the year), mentoring alone, and attendance outreach. A student's operations keep the order
 * of the one loop over the eligible students that the component stepped before (PartnerWeekTest keeps it and
 * compares the two bit for bit): attendance is read before anything moves the student's absence chance, and
 * learning is added in the same order; students never touch each other's state.
 *
 * <p><b>Why the steady pass adds exactly what the one-loop form adds.</b> There a student without an
 * after-school seat gets {@code (family + x × 0) + growth}, {@code x} the after-school dose; {@code x × 0} is
 * ±0 whenever {@code x} is finite, and adding ±0 to a non-zero number leaves it unchanged, so the sum is
 * {@code family + growth} (fixed for the year) or a zero, which neither form adds. {@code x} is finite for
 * every student when {@code |afterSchool| × (1 + |planSteering|)} is (attendance and the plan signal are
 * 0–1 and rounding is monotonic); when it is not, every eligible student goes through the after-school pass,
 * which is the one-loop expression itself.
 */
final class PartnerWeek {
    private final Roster roster;
    private final Strengths s;
    private final double planSteering;
    private final int[] tutored;
    /** Students whose learning is worked out each week, index order, with their fixed parts by position. */
    private final int[] attending;
    private final double[] family;
    private final double[] seat;
    private final double[] growth;
    /** Engagement a week of each student of {@link #attending} (bonding, and mentoring if mentored). */
    private final double[] attendingEngagement;
    /** The other students whose learning the week changes (by the same amount all year), index order. */
    private final int[] steady;
    private final double[] steadyLearning;
    /** The other students whose engagement the week changes (mentored), index order. */
    private final int[] engaged;
    private final double[] engagement;
    /** The eligible students not flagged for outreach yet, index order, in the first {@link #unflaggedCount}. */
    private final int[] unflagged;
    private int unflaggedCount;

    private PartnerWeek(Roster roster, Strengths s, double planSteering, int[] tutored, int[] attending,
                        double[] family, double[] seat, double[] growth, double[] attendingEngagement, int[] steady,
                        double[] steadyLearning, int[] engaged, double[] engagement) {
        this.roster = roster;
        this.s = s;
        this.planSteering = planSteering;
        this.tutored = tutored;
        this.attending = attending;
        this.family = family;
        this.seat = seat;
        this.growth = growth;
        this.attendingEngagement = attendingEngagement;
        this.steady = steady;
        this.steadyLearning = steadyLearning;
        this.engaged = engaged;
        this.engagement = engagement;
        this.unflagged = roster.eligible().clone();
        this.unflaggedCount = unflagged.length;
    }

    /**
     * Lays out the year of {@code school}, whose seats are {@code roster}; {@code growthPerWeek} is each post's
     * weekly network growth ({@link TeacherNetwork#perWeek}), or null without networks. Call in the fall, once
     * the school's classes are formed (a student's network growth is their teacher's for the year).
     */
    static PartnerWeek plan(SchoolView school, Roster roster, Strengths s, double planSteering,
                            double[] growthPerWeek) {
        int[] eligible = roster.eligible();
        int m = eligible.length;
        boolean split = Double.isFinite(Math.abs(s.afterSchool()) * (1.0 + Math.abs(planSteering)));
        int[] tutored = new int[m];
        int[] attending = new int[m];
        double[] family = new double[m];
        double[] seat = new double[m];
        double[] growth = new double[m];
        double[] attendingEngagement = new double[m];
        int[] steady = new int[m];
        double[] steadyLearning = new double[m];
        int[] engaged = new int[m];
        double[] engagement = new double[m];
        int t = 0;
        int a = 0;
        int st = 0;
        int e = 0;
        for (int i : eligible) {
            int roles = roster.roles(i);
            if ((roles & Roster.TUTORED) != 0) {
                tutored[t++] = i;
            }
            // The one-loop form's terms, with its int flags promoted to double as there.
            double f = s.family() * ((roles & Roster.FAMILY) != 0 ? 1 : 0);
            double g = growthPerWeek != null ? TeacherNetwork.of(growthPerWeek, school.teacherOf(i)) : 0;
            int afterSchool = (roles & Roster.AFTER_SCHOOL) != 0 ? 1 : 0;
            double en = s.bonding() * afterSchool + s.mentoring() * ((roles & Roster.MENTORED) != 0 ? 1 : 0);
            if (afterSchool != 0 || !split) {
                attending[a] = i;
                family[a] = f;
                seat[a] = afterSchool;
                growth[a] = g;
                attendingEngagement[a++] = en;
                continue;
            }
            double both = f + g;
            if (both != 0) {
                steady[st] = i;
                steadyLearning[st++] = both;
            }
            if (en != 0) {
                engaged[e] = i;
                engagement[e++] = en;
            }
        }
        return new PartnerWeek(roster, s, planSteering, Arrays.copyOf(tutored, t), Arrays.copyOf(attending, a),
                Arrays.copyOf(family, a), Arrays.copyOf(seat, a), Arrays.copyOf(growth, a),
                Arrays.copyOf(attendingEngagement, a),
                Arrays.copyOf(steady, st), Arrays.copyOf(steadyLearning, st), Arrays.copyOf(engaged, e),
                Arrays.copyOf(engagement, e));
    }

    /**
     * One week for the school's eligible students; {@code outreach}: flagging is on this week, at
     * {@code flagAt} days absent; a flagged student's mentoring signal rises to {@code intensity}.
     */
    void apply(SchoolView school, boolean outreach, double flagAt, double intensity) {
        int n = Math.min(school.size(), roster.size());
        double tutoring = s.tutoring();
        for (int i : tutored) {
            if (i >= n) {
                break;
            }
            double present = 1.0 - school.absenceRate(i);
            school.addLearning(roster.tutoredIn(i), i, tutoring * present * steered(school, i)
                    * school.timeShare(i));
        }
        double afterSchool = s.afterSchool();
        for (int k = 0; k < attending.length; k++) {
            int i = attending[k];
            if (i >= n) {
                break;
            }
            double present = 1.0 - school.absenceRate(i);
            double both = family[k] + afterSchool * present * steered(school, i) * seat[k] + growth[k];
            if (both != 0) {
                school.addLearning(Subject.MATH, i, both);
                school.addLearning(Subject.READING, i, both);
            }
            if (attendingEngagement[k] != 0) {
                school.addEngagement(i, attendingEngagement[k]);
            }
        }
        for (int k = 0; k < steady.length; k++) {
            int i = steady[k];
            if (i >= n) {
                break;
            }
            school.addLearning(Subject.MATH, i, steadyLearning[k]);
            school.addLearning(Subject.READING, i, steadyLearning[k]);
        }
        for (int k = 0; k < engaged.length; k++) {
            int i = engaged[k];
            if (i >= n) {
                break;
            }
            school.addEngagement(i, engagement[k]);
        }
        if (outreach) {
            flag(school, n, flagAt, intensity);
        }
    }

    /**
     * Attendance outreach: flags the students not flagged yet whose days absent reach {@code flagAt}, and
     * drops them from {@link #unflagged} (so a week visits only students it could flag).
     */
    private void flag(SchoolView school, int n, double flagAt, double intensity) {
        int[] list = unflagged;
        int count = unflaggedCount;
        int kept = 0;
        int k = 0;
        for (; k < count; k++) {
            int i = list[k];
            if (i >= n) {
                break;
            }
            if (school.daysAbsent(i) >= flagAt && roster.flag(i)) {
                reachOut(school, i, intensity);
            } else {
                list[kept++] = i;
            }
        }
        for (; k < count; k++) {
            list[kept++] = list[k];
        }
        unflaggedCount = kept;
    }

    /** A newly flagged student: fewer absences from now on, and the outreach worker as a supporting adult. */
    private void reachOut(SchoolView school, int i, double intensity) {
        school.addAbsenceOdds(i, s.outreachOdds());
        school.setMentoring(i, Math.max(school.mentoring(i), intensity));
    }

    /** How much more of the sessions a student attends for their learning plan (1: no plan). */
    private double steered(SchoolView school, int i) {
        double plan = school.learningPlan(i);
        return plan > 0 ? 1.0 + planSteering * plan : 1.0;
    }
}
