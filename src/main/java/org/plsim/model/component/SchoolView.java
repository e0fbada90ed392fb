package org.plsim.model.component;

import org.plsim.model.observe.Subject;

/**
 * A narrow view of one school for grant components: who its students are, where they stand, and a few
 * levers. Students are addressed by index {@code 0 … size()-1}; indices are stable within a school year.
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

    /** Achievement against the national norm for the student's grade at this point of the year, SD units. */
    double achievement(Subject subject, int student);

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

    /** School counselors, in full-time equivalents. */
    double counselors();

    /** Lever: adds {@code sdUnits} of learning in {@code subject} to a student now. */
    void addLearning(Subject subject, int student, double sdUnits);

    /** Lever: changes a student's engagement by {@code delta} SD; attendance follows from the next week. */
    void addEngagement(int student, double delta);
}
