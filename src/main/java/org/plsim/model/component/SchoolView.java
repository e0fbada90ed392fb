package org.plsim.model.component;

import org.plsim.model.observe.Subject;
import sim.field.network.Network;

/**
 * A narrow view of one school for grant components: who its students are, where they stand, and a few
 * levers. Students are addressed by index {@code 0 … size()-1}; indices are stable within a school year
 * (students move between schools in the summer: state a component keeps per student across years belongs
 * in a {@linkplain ComponentContext#studentColumn column}). Teachers are posts {@code 0 … teacherCount()-1},
 * stable across years; {@link #teacherTenure} is 0 when a new teacher has taken the post.
 *
 * <p><b>Shared signals.</b> Components never see each other; they interact only through documented shared
 * state that one writes and others read: {@link #diagnosticData} (what adaptive software knows of a
 * student, written by blended learning, read by competency-based progression), {@link #mentoring} (adults
 * supporting a student, written by partnerships, read by learning plans) and {@link #collaboration} (the
 * teachers' collaboration climate, written by partnerships, read by components that spread practice among
 * teachers). Hooks run in the order of component names, so who sees what, when, does not depend on the
 * order of a scenario's {@code components:} block.
 */
public interface SchoolView {
    /** Stable school number within the district (0-based). */
    int id();

    /** The school group's label (elementary, middle, high …). */
    String type();

    int lowGrade();

    int highGrade();

    /** Students enrolled now. */
    int size();

    int grade(int student);

    boolean lowIncome(int student);

    boolean englishLearner(int student);

    boolean disability(int student);

    /** Prior-achievement quartile, 1 (lowest) to 4, national cut points, fixed when first seen. */
    int priorQuartile(int student);

    /** Achievement against the national norm for the student's grade at this point of the year, SD units. */
    double achievement(Subject subject, int student);

    /**
     * Aligned (curriculum) mastery: achievement plus this year's curriculum-specific mastery, which unit and
     * end-of-course tests see and standardized tests do not. SD units.
     */
    double alignedMastery(Subject subject, int student);

    /** Engagement, in SD units of the national distribution (0 = typical). */
    double engagement(int student);

    /** This year's chance of being absent on a given day. */
    double absenceRate(int student);

    /** Days absent so far this school year. */
    int daysAbsent(int student);

    /** Classroom teacher of the student this year (an index into this school's teachers). */
    int teacherOf(int student);

    int teacherCount();

    /** Years of experience of teacher {@code teacher}. */
    int teacherExperience(int teacher);

    /** Grade the post teaches this year, or −1 if it has no class this year. */
    int teacherGrade(int teacher);

    /** Years the post's teacher has been at this school (0: first year here, e.g. after turnover). */
    int teacherTenure(int teacher);

    /**
     * This year's collegial ties between the school's teachers (MASON network; nodes are {@code Integer} post
     * indices): grade-level teams, and each team tied to the next grade's. Rebuilt each fall; read only.
     */
    Network teacherNetwork();

    /** School counselors, in full-time equivalents. */
    double counselors();

    /** Shared signal: the teachers' collaboration climate, 0–1 (0: business as usual). Persists across years. */
    double collaboration();

    void setCollaboration(double level);

    /** Shared signal: what adaptive software knows of the student's mastery this year, 0–1; reset each fall. */
    double diagnosticData(int student);

    void setDiagnosticData(int student, double level);

    /** Shared signal: adult mentoring and support outside class this year, 0–1; reset each fall. */
    double mentoring(int student);

    void setMentoring(int student, double level);

    /**
     * Shared signal: the student's learning plan this year, 0–1 (its quality; 0: no plan); reset each fall.
     * Written by learning plans, read by partnerships (a plan steers its student to the partners' services).
     */
    double learningPlan(int student);

    void setLearningPlan(int student, double level);

    /**
     * Time budget: asks for {@code minutesPerWeek} of the student's weekly timetable this school year (software
     * minutes, corrective time, advisory, in-school tutoring). Ask in the fall hook, before any week; asks
     * add up and are forgotten each fall.
     */
    void askStudentMinutes(int student, double minutesPerWeek);

    /** Time budget: asks for {@code hoursPerWeek} of teacher post {@code teacher}'s time this school year. */
    void askTeacherHours(int teacher, double hoursPerWeek);

    /**
     * Time budget: the share of what it asked that each component gets of the student's time this year, 0–1:
     * 1 while the asks on the student and on the student's teacher fit the school's weekly budget, less when
     * they do not (every component crowded out alike). A component scales what it does with the student by it.
     */
    double timeShare(int student);

    /** A component's own per-student value (see {@link ComponentContext#studentColumn}); 0 for new students. */
    float column(int handle, int student);

    void setColumn(int handle, int student, float value);

    /** Lever: adds {@code sdUnits} of learning in {@code subject} to a student now. */
    void addLearning(Subject subject, int student, double sdUnits);

    /**
     * Lever: adds {@code sdUnits} of curriculum-specific mastery this year — what aligned tests see and
     * standardized tests do not. Reset each fall (next year's aligned test covers next year's curriculum).
     */
    void addMastery(Subject subject, int student, double sdUnits);

    /**
     * Lever: changes a student's engagement by {@code delta} SD, persistently; attendance follows at once
     * and on-track and college chances at the year end.
     */
    void addEngagement(int student, double delta);

    /** Lever: shifts the student's daily absence log-odds this year (negative: fewer absences); reset each fall. */
    void addAbsenceOdds(int student, double logOdds);

    /**
     * Lever: {@link #addEngagement} then {@link #addAbsenceOdds}, for a component that moves both in the same
     * step. The default makes the two calls; a school may override it to work out the absence chance once
     * instead of twice, with the same result (nothing reads the chance in between).
     */
    default void addEngagementAndAbsenceOdds(int student, double engagementDelta, double absenceLogOdds) {
        addEngagement(student, engagementDelta);
        addAbsenceOdds(student, absenceLogOdds);
    }

    /** Lever (grades 9–12): shifts the log-odds of being on track and of graduating, persistently. */
    void addCompletionOdds(int student, double logOdds);

    /** Lever (grades 9–12): shifts a graduate's log-odds of enrolling in college, persistently. */
    void addCollegeOdds(int student, double logOdds);

    /**
     * Lever (grades 9–12): adds college credits (semester credit hours) earned in high school, e.g. through
     * dual enrollment; they stay with the student and are counted at graduation. The default refuses: a
     * school that keeps no credits cannot take them.
     */
    default void addCollegeCredits(int student, double credits) {
        throw new UnsupportedOperationException("this school keeps no college credits");
    }
}
