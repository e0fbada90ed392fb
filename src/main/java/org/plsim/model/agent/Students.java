package org.plsim.model.agent;

import java.util.Arrays;

/**
 * A school's students as a struct of arrays, rows {@code [0, n)} in use: what one pass of the weekly loop
 * streams through. Rows are appended (entrants, movers) and compacted (leavers) only in the summer.
 */
final class Students {
    static final int LOW_INCOME = 1;
    static final int ENGLISH_LEARNER = 2;
    static final int DISABILITY = 4;
    /** Milestone bits, set at the end of each year for grades 9–12. */
    static final int ON_TRACK = 1;
    static final int GRADUATED = 2;
    static final int COLLEGE = 4;

    int n;
    byte[] grade = new byte[0];
    /** Subgroup bits: {@link #LOW_INCOME}, {@link #ENGLISH_LEARNER}, {@link #DISABILITY}. */
    byte[] flags = new byte[0];
    /** Position on the vertical scale, SD units, [0] math and [1] reading. */
    double[][] score = {new double[0], new double[0]};
    double[][] yearStart = {new double[0], new double[0]};
    /** This year's expected weekly growth, before the week's shock and absences. */
    double[][] weeklyGain = {new double[0], new double[0]};
    /** Persistent growth rate, as a share of the national norm. */
    float[] growthRate = new float[0];
    float[] engagement = new float[0];
    /** Persistent absence propensity on the logit scale. */
    float[] absencePropensity = new float[0];
    /** This year's daily absence chance, and the same as a 12-bit threshold for the weekly draw. */
    float[] absenceProb = new float[0];
    int[] absenceThreshold = new int[0];
    short[] daysAbsent = new short[0];
    int[] teacher = new int[0];
    /** Prior-achievement quartile, 0–3, national cut points, fixed when the student is first seen. */
    byte[] quartile = new byte[0];
    /** Curriculum-specific mastery this year that standardized tests do not see, SD units; reset each fall. */
    float[][] mastery = {new float[0], new float[0]};
    /** This year's shift of the absence log-odds from grant supports; reset each fall. */
    float[] absenceShift = new float[0];
    /** Persistent shift of the log-odds of staying on track / graduating (course-taking supports). */
    float[] completionOdds = new float[0];
    /** Persistent shift of the log-odds of enrolling in college after graduating (college steps). */
    float[] collegeOdds = new float[0];
    /** Shared signal, 0–1: what adaptive software knows of the student's mastery this year; reset each fall. */
    float[] diagnostic = new float[0];
    /** Shared signal, 0–1: adult mentoring and support outside class this year; reset each fall. */
    float[] mentoring = new float[0];
    /** {@link #ON_TRACK}, {@link #GRADUATED}, {@link #COLLEGE} bits of the last year end. */
    byte[] milestones = new byte[0];
    /** Components' own per-student columns, which move with the student ({@code columns[handle][row]}). */
    float[][] columns = new float[0][];
    /** Scratch: this week's Gaussian shocks. */
    double[] shocks = new double[0];

    /** Adds {@code count} zeroed component columns. */
    void addColumns(int count) {
        int old = columns.length;
        columns = Arrays.copyOf(columns, old + count);
        for (int c = old; c < columns.length; c++) {
            columns[c] = new float[grade.length];
        }
    }

    boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    /** Makes room for {@code capacity} students without growing (the district knows its size up front). */
    void reserve(int capacity) {
        if (capacity > grade.length) {
            grow(capacity);
        }
    }

    /**
     * Appends a row and returns its index. The grant-facing fields are zeroed (a row may have been used by a
     * student who left); the caller sets the rest.
     */
    int add() {
        if (n == grade.length) {
            grow(Math.max(64, n + (n >> 1)));
        }
        int i = n++;
        mastery[0][i] = 0;
        mastery[1][i] = 0;
        absenceShift[i] = 0;
        completionOdds[i] = 0;
        collegeOdds[i] = 0;
        diagnostic[i] = 0;
        mentoring[i] = 0;
        milestones[i] = 0;
        for (float[] column : columns) {
            column[i] = 0;
        }
        return i;
    }

    /** Appends a copy of what moves with a student from school to school: who they are and where they stand. */
    void addCopyOf(Students from, int i) {
        int j = add();
        grade[j] = from.grade[i];
        flags[j] = from.flags[i];
        for (int s = 0; s < 2; s++) {
            score[s][j] = from.score[s][i];
            yearStart[s][j] = from.yearStart[s][i];
        }
        growthRate[j] = from.growthRate[i];
        engagement[j] = from.engagement[i];
        absencePropensity[j] = from.absencePropensity[i];
        quartile[j] = from.quartile[i];
        completionOdds[j] = from.completionOdds[i];
        collegeOdds[j] = from.collegeOdds[i];
        for (int c = 0; c < columns.length; c++) {
            columns[c][j] = from.columns[c][i];
        }
    }

    /**
     * Keeps, in their order, the first {@code keep.length} rows for which {@code keep} is true and every
     * row added after them (this summer's arrivals); the others leave.
     */
    void retain(boolean[] keep) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (i >= keep.length || keep[i]) {
                if (k != i) {
                    move(i, k);
                }
                k++;
            }
        }
        n = k;
    }

    private void move(int from, int to) {
        grade[to] = grade[from];
        flags[to] = flags[from];
        for (int s = 0; s < 2; s++) {
            score[s][to] = score[s][from];
            yearStart[s][to] = yearStart[s][from];
            weeklyGain[s][to] = weeklyGain[s][from];
        }
        growthRate[to] = growthRate[from];
        engagement[to] = engagement[from];
        absencePropensity[to] = absencePropensity[from];
        absenceProb[to] = absenceProb[from];
        absenceThreshold[to] = absenceThreshold[from];
        daysAbsent[to] = daysAbsent[from];
        teacher[to] = teacher[from];
        quartile[to] = quartile[from];
        mastery[0][to] = mastery[0][from];
        mastery[1][to] = mastery[1][from];
        absenceShift[to] = absenceShift[from];
        completionOdds[to] = completionOdds[from];
        collegeOdds[to] = collegeOdds[from];
        diagnostic[to] = diagnostic[from];
        mentoring[to] = mentoring[from];
        milestones[to] = milestones[from];
        for (float[] column : columns) {
            column[to] = column[from];
        }
    }

    private void grow(int cap) {
        grade = Arrays.copyOf(grade, cap);
        flags = Arrays.copyOf(flags, cap);
        for (int s = 0; s < 2; s++) {
            score[s] = Arrays.copyOf(score[s], cap);
            yearStart[s] = Arrays.copyOf(yearStart[s], cap);
            weeklyGain[s] = Arrays.copyOf(weeklyGain[s], cap);
        }
        growthRate = Arrays.copyOf(growthRate, cap);
        engagement = Arrays.copyOf(engagement, cap);
        absencePropensity = Arrays.copyOf(absencePropensity, cap);
        absenceProb = Arrays.copyOf(absenceProb, cap);
        absenceThreshold = Arrays.copyOf(absenceThreshold, cap);
        daysAbsent = Arrays.copyOf(daysAbsent, cap);
        teacher = Arrays.copyOf(teacher, cap);
        quartile = Arrays.copyOf(quartile, cap);
        mastery[0] = Arrays.copyOf(mastery[0], cap);
        mastery[1] = Arrays.copyOf(mastery[1], cap);
        absenceShift = Arrays.copyOf(absenceShift, cap);
        completionOdds = Arrays.copyOf(completionOdds, cap);
        collegeOdds = Arrays.copyOf(collegeOdds, cap);
        diagnostic = Arrays.copyOf(diagnostic, cap);
        mentoring = Arrays.copyOf(mentoring, cap);
        milestones = Arrays.copyOf(milestones, cap);
        for (int c = 0; c < columns.length; c++) {
            columns[c] = Arrays.copyOf(columns[c], cap);
        }
        shocks = new double[cap];
    }
}
