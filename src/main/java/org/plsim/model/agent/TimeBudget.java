package org.plsim.model.agent;

import java.util.Arrays;

/**
 * A school's weekly time budget for grant activities: the minutes a week each student's timetable can give
 * them and the hours a week each teacher can give (training, plan meetings, assessment work). Components ask
 * for time each fall ({@link org.plsim.model.component.SchoolView#askStudentMinutes},
 * {@link org.plsim.model.component.SchoolView#askTeacherHours}); when the asks on a student or teacher add
 * up to more than the budget, every component gets the same share of what it asked (crowding out), and a
 * component scales what it does with that student by {@link #share}. Within budget the share is exactly 1,
 * so a single component inside the budget runs as if there were none.
 */
final class TimeBudget {
    private final double studentMinutes;
    private final double teacherHours;
    /** Per teacher post: hours a week asked this year; reset each fall. */
    private double[] askedHours = new double[0];

    /**
     * @param studentMinutes minutes a week of a student's timetable grant activities can take
     * @param teacherHours   hours a week a teacher can give grant activities
     */
    TimeBudget(double studentMinutes, double teacherHours) {
        this.studentMinutes = studentMinutes;
        this.teacherHours = teacherHours;
    }

    /** Fall: no teacher hours asked yet ({@code posts} teacher posts this year). */
    void startYear(int posts) {
        if (askedHours.length < posts) {
            askedHours = new double[posts];
        } else {
            Arrays.fill(askedHours, 0.0);
        }
    }

    void askTeacherHours(int teacher, double hours) {
        askedHours[teacher] += Math.max(0, hours);
    }

    /**
     * The share of what was asked that a student with {@code askedMinutes} asked of them, taught by
     * {@code teacher}, gets: the smaller of the student's and the teacher's share, 1 within both budgets.
     */
    double share(double askedMinutes, int teacher) {
        double s = askedMinutes > studentMinutes ? studentMinutes / askedMinutes : 1.0;
        double asked = teacher >= 0 && teacher < askedHours.length ? askedHours[teacher] : 0;
        double t = asked > teacherHours ? teacherHours / asked : 1.0;
        return Math.min(s, t);
    }
}
