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
    /** Scratch: this week's Gaussian shocks. */
    double[] shocks = new double[0];

    boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    /** Makes room for {@code capacity} students without growing (the district knows its size up front). */
    void reserve(int capacity) {
        if (capacity > grade.length) {
            grow(capacity);
        }
    }

    /** Appends a row (zeroed) and returns its index. */
    int add() {
        if (n == grade.length) {
            grow(Math.max(64, n + (n >> 1)));
        }
        return n++;
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
        shocks = new double[cap];
    }
}
