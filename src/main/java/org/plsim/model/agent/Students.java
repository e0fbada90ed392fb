package org.plsim.model.agent;

import java.util.Arrays;

/**
 * A school's students as a struct of arrays, rows {@code [0, n)} in use: what one pass of the weekly loop
 * streams through. Rows are appended (entrants, movers) and compacted (leavers) only in the summer, a run
 * of rows at a time with {@link System#arraycopy}; the arrays grow rarely, each in one bulk copy.
 */
final class Students {
    static final int LOW_INCOME = 1;
    static final int ENGLISH_LEARNER = 2;
    static final int DISABILITY = 4;
    /**
     * Not a subgroup: set while the row's absence chance is the one with no grant shift, for its engagement
     * now. Absence propensity persists and the shift restarts at 0 each fall, so such a row's chance need not
     * be recomputed (a logistic, an {@code exp}) in the fall. Cleared when a component shifts either.
     */
    static final int ABSENCE_CURRENT = 8;
    /** Reached by the plan this school year or an earlier one ({@link org.plsim.model.observe.Subgroup#SERVED}). */
    static final int SERVED = 16;
    /** Milestone bits, set at the end of each year for grades 9–12. */
    static final int ON_TRACK = 1;
    static final int GRADUATED = 2;
    static final int COLLEGE = 4;
    /** Graduates' follow-up ({@link CollegeFollowUp}): enrolled within 1, 2 and 4 years of graduating. */
    static final int COLLEGE_WITHIN_1 = 8;
    static final int COLLEGE_WITHIN_2 = 16;
    static final int COLLEGE_WITHIN_4 = 32;
    /** Enrolled the fall after graduating at a four-year college (with {@link #COLLEGE}; else a two-year one). */
    static final int FOUR_YEAR = 64;

    /** Posts a school may have: a teacher index is a {@code char}. */
    static final int MAX_TEACHERS = Character.MAX_VALUE + 1;

    int n;
    byte[] grade = new byte[0];
    /**
     * Subgroup bits {@link #LOW_INCOME}, {@link #ENGLISH_LEARNER}, {@link #DISABILITY}, {@link #SERVED};
     * {@link #ABSENCE_CURRENT}.
     */
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
    /** This year's daily absence chance as a threshold, 0–4096: the chance is threshold/4096 ({@link AbsenceChance}). */
    short[] absenceThreshold = new short[0];
    short[] daysAbsent = new short[0];
    /** Classroom post in the school's {@link Staff}, 0 to {@link #MAX_TEACHERS} − 1. */
    char[] teacher = new char[0];
    /** Prior-achievement quartile, 0–3, national cut points, fixed when the student is first seen. */
    byte[] quartile = new byte[0];
    /**
     * The columns only grant components write (mastery, absence shift, completion and college odds, credits,
     * the shared signals, asked minutes): null until the model wires components ({@link #enableGrantSignals}),
     * and business as usual reads 0 in their place.
     */
    GrantSignals grant;
    /** {@link #ON_TRACK}, {@link #GRADUATED}, {@link #COLLEGE} … {@link #FOUR_YEAR} bits of the last year end. */
    byte[] milestones = new byte[0];
    /** Components' own per-student columns, which move with the student ({@code columns[handle][row]}). */
    float[][] columns = new float[0][];
    /** Adds {@code count} zeroed component columns. */
    void addColumns(int count) {
        int old = columns.length;
        columns = Arrays.copyOf(columns, old + count);
        for (int c = old; c < columns.length; c++) {
            columns[c] = new float[grade.length];
        }
    }

    /** Allocates the grant-facing columns, zeroed, for every row (once; later calls do nothing). */
    void enableGrantSignals() {
        if (grant == null) {
            grant = new GrantSignals(grade.length);
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
     * Makes room for {@code more} rows past {@code n} in one bulk copy of every column, with an eighth to spare
     * when it must grow (schools fed unevenly grow a little each year).
     */
    void ensureRoom(int more) {
        int need = n + more;
        if (need > grade.length) {
            grow(Math.max(need, grade.length + (grade.length >> 3)));
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
        if (grant != null) {
            grant.clearRow(i);
        }
        milestones[i] = 0;
        for (float[] column : columns) {
            column[i] = 0;
        }
        return i;
    }

    /** Rows whose grade is above {@code top}: the students who outgrew the school this summer. */
    int countAbove(int top) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += grade[i] > top ? 1 : 0;
        }
        return count;
    }

    /**
     * Appends, in row order, a copy of each of {@code from}'s rows whose grade is above {@code top}: what moves
     * with a student from school to school (who they are and where they stand), the grant-facing fields of
     * the year zeroed. A cohort arrives together and leaves together, so its rows are one run: copied in
     * bulk, column by column.
     */
    void appendAbove(Students from, int top) {
        int i = 0;
        while (i < from.n) {
            if (from.grade[i] <= top) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < from.n && from.grade[end] > top) {
                end++;
            }
            appendCopies(from, i, end - i);
            i = end;
        }
    }

    private void appendCopies(Students from, int at, int count) {
        ensureRoom(count);
        int j = n;
        System.arraycopy(from.grade, at, grade, j, count);
        System.arraycopy(from.flags, at, flags, j, count);
        for (int s = 0; s < 2; s++) {
            System.arraycopy(from.score[s], at, score[s], j, count);
            System.arraycopy(from.yearStart[s], at, yearStart[s], j, count);
        }
        System.arraycopy(from.growthRate, at, growthRate, j, count);
        System.arraycopy(from.engagement, at, engagement, j, count);
        System.arraycopy(from.absencePropensity, at, absencePropensity, j, count);
        System.arraycopy(from.quartile, at, quartile, j, count);
        if (from.grant != null) {
            if (grant == null) {
                throw new IllegalStateException("students with grant signals moving to a school without them: "
                        + "a model enables grant signals in every school or in none");
            }
            grant.copyPersistent(from.grant, at, j, count);
        } else if (grant != null) {
            grant.clearPersistent(j, j + count);
        }
        for (int c = 0; c < columns.length; c++) {
            System.arraycopy(from.columns[c], at, columns[c], j, count);
        }
        for (int k = j; k < j + count; k++) {
            flags[k] &= ~ABSENCE_CURRENT;
        }
        clearGrantFields(j, count);
        n += count;
    }

    /** Zeroes this year's grant-facing fields of rows {@code [at, at + count)}. */
    private void clearGrantFields(int at, int count) {
        int end = at + count;
        if (grant != null) {
            grant.clearYear(at, end);
        }
        Arrays.fill(milestones, at, end, (byte) 0);
    }

    /**
     * Keeps, in their order, the rows whose grade is at most {@code top}; the others leave. Kept rows move
     * down in runs, each run one bulk copy per column.
     */
    void retainUpTo(int top) {
        int k = 0;
        int i = 0;
        while (i < n) {
            if (grade[i] > top) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && grade[end] <= top) {
                end++;
            }
            if (k != i) {
                moveRows(i, k, end - i);
            }
            k += end - i;
            i = end;
        }
        n = k;
    }

    private void moveRows(int from, int to, int count) {
        System.arraycopy(grade, from, grade, to, count);
        System.arraycopy(flags, from, flags, to, count);
        for (int s = 0; s < 2; s++) {
            System.arraycopy(score[s], from, score[s], to, count);
            System.arraycopy(yearStart[s], from, yearStart[s], to, count);
            System.arraycopy(weeklyGain[s], from, weeklyGain[s], to, count);
        }
        System.arraycopy(growthRate, from, growthRate, to, count);
        System.arraycopy(engagement, from, engagement, to, count);
        System.arraycopy(absencePropensity, from, absencePropensity, to, count);
        System.arraycopy(absenceThreshold, from, absenceThreshold, to, count);
        System.arraycopy(daysAbsent, from, daysAbsent, to, count);
        System.arraycopy(teacher, from, teacher, to, count);
        System.arraycopy(quartile, from, quartile, to, count);
        if (grant != null) {
            grant.moveRows(from, to, count);
        }
        System.arraycopy(milestones, from, milestones, to, count);
        for (float[] column : columns) {
            System.arraycopy(column, from, column, to, count);
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
        absenceThreshold = Arrays.copyOf(absenceThreshold, cap);
        daysAbsent = Arrays.copyOf(daysAbsent, cap);
        teacher = Arrays.copyOf(teacher, cap);
        quartile = Arrays.copyOf(quartile, cap);
        if (grant != null) {
            grant.grow(cap);
        }
        milestones = Arrays.copyOf(milestones, cap);
        for (int c = 0; c < columns.length; c++) {
            columns[c] = Arrays.copyOf(columns[c], cap);
        }
    }
}
