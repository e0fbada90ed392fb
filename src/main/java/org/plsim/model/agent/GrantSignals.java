package org.plsim.model.agent;

import java.util.Arrays;

/**
 * The per-student columns that only grant components' levers and shared signals write, kept apart from
 * {@link Students} so that a model without components (business as usual, and the business-as-usual arm whose
 * reach-only components write nothing) allocates none of them: its readers see 0 in their place. Rows match
 * the students' rows; the arrays grow, move and are copied with theirs.
 */
final class GrantSignals {
    /** Curriculum-specific mastery this year that standardized tests do not see, SD units; reset each fall. */
    float[][] mastery;
    /** This year's shift of the absence log-odds from grant supports; reset each fall. */
    float[] absenceShift;
    /** Persistent shift of the log-odds of staying on track / graduating (course-taking supports). */
    float[] completionOdds;
    /** Persistent shift of the log-odds of enrolling in college after graduating (college steps). */
    float[] collegeOdds;
    /** College credits (semester credit hours) earned in high school so far, through the plan's dual enrollment. */
    float[] collegeCredits;
    /** Shared signal, 0–1: what adaptive software knows of the student's mastery this year; reset each fall. */
    float[] diagnostic;
    /** Shared signal, 0–1: adult mentoring and support outside class this year; reset each fall. */
    float[] mentoring;
    /** Time budget: minutes a week the components asked of the student this year; reset each fall. */
    float[] askedMinutes;
    /** Shared signal, 0–1: the student's learning plan this year (0: none); reset each fall. */
    float[] learningPlan;

    /** Zeroed columns of {@code capacity} rows. */
    GrantSignals(int capacity) {
        mastery = new float[][] {new float[capacity], new float[capacity]};
        absenceShift = new float[capacity];
        completionOdds = new float[capacity];
        collegeOdds = new float[capacity];
        collegeCredits = new float[capacity];
        diagnostic = new float[capacity];
        mentoring = new float[capacity];
        askedMinutes = new float[capacity];
        learningPlan = new float[capacity];
    }

    /** Zeroes every column of row {@code i} (a row may have been used by a student who left). */
    void clearRow(int i) {
        mastery[0][i] = 0;
        mastery[1][i] = 0;
        absenceShift[i] = 0;
        diagnostic[i] = 0;
        mentoring[i] = 0;
        askedMinutes[i] = 0;
        learningPlan[i] = 0;
        completionOdds[i] = 0;
        collegeOdds[i] = 0;
        collegeCredits[i] = 0;
    }

    /** Zeroes this year's columns (not the persistent odds and credits) of rows {@code [from, to)}. */
    void clearYear(int from, int to) {
        Arrays.fill(mastery[0], from, to, 0f);
        Arrays.fill(mastery[1], from, to, 0f);
        Arrays.fill(absenceShift, from, to, 0f);
        Arrays.fill(diagnostic, from, to, 0f);
        Arrays.fill(mentoring, from, to, 0f);
        Arrays.fill(askedMinutes, from, to, 0f);
        Arrays.fill(learningPlan, from, to, 0f);
    }

    /** Zeroes the persistent columns of rows {@code [from, to)} (students arriving from a school without them). */
    void clearPersistent(int from, int to) {
        Arrays.fill(completionOdds, from, to, 0f);
        Arrays.fill(collegeOdds, from, to, 0f);
        Arrays.fill(collegeCredits, from, to, 0f);
    }

    /** Copies the persistent columns, what moves with a student between schools, of {@code count} rows. */
    void copyPersistent(GrantSignals from, int at, int to, int count) {
        System.arraycopy(from.completionOdds, at, completionOdds, to, count);
        System.arraycopy(from.collegeOdds, at, collegeOdds, to, count);
        System.arraycopy(from.collegeCredits, at, collegeCredits, to, count);
    }

    /** Moves {@code count} rows from {@code from} down to {@code to} within these columns. */
    void moveRows(int from, int to, int count) {
        for (int s = 0; s < 2; s++) {
            System.arraycopy(mastery[s], from, mastery[s], to, count);
        }
        System.arraycopy(absenceShift, from, absenceShift, to, count);
        System.arraycopy(completionOdds, from, completionOdds, to, count);
        System.arraycopy(collegeOdds, from, collegeOdds, to, count);
        System.arraycopy(collegeCredits, from, collegeCredits, to, count);
        System.arraycopy(diagnostic, from, diagnostic, to, count);
        System.arraycopy(mentoring, from, mentoring, to, count);
        System.arraycopy(askedMinutes, from, askedMinutes, to, count);
        System.arraycopy(learningPlan, from, learningPlan, to, count);
    }

    /** Grows every column to {@code cap} rows. */
    void grow(int cap) {
        for (int s = 0; s < 2; s++) {
            mastery[s] = Arrays.copyOf(mastery[s], cap);
        }
        absenceShift = Arrays.copyOf(absenceShift, cap);
        completionOdds = Arrays.copyOf(completionOdds, cap);
        collegeOdds = Arrays.copyOf(collegeOdds, cap);
        collegeCredits = Arrays.copyOf(collegeCredits, cap);
        diagnostic = Arrays.copyOf(diagnostic, cap);
        mentoring = Arrays.copyOf(mentoring, cap);
        askedMinutes = Arrays.copyOf(askedMinutes, cap);
        learningPlan = Arrays.copyOf(learningPlan, cap);
    }
}
