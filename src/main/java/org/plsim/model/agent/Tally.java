package org.plsim.model.agent;

import org.plsim.model.observe.Measure;
import org.plsim.model.observe.ObservationSink;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.Grades;

/**
 * Sums for one measurement occasion, by grade and subgroup, filled school by school in a fixed order so
 * that results are the same whatever the thread count. This is where aggregation happens: what leaves the
 * model is a few hundred {@link Outcome}s a year, never per-student records.
 */
final class Tally {
    private static final int N = 0;
    private static final int ZM = 1;
    private static final int ZR = 2;
    private static final int GM = 3;
    private static final int GR = 4;
    private static final int ATT = 5;
    private static final int CHRONIC = 6;
    private static final int STATS = 7;
    private static final Subgroup[] GROUPS = Subgroup.values();

    private final double[] sums = new double[Grades.COUNT * GROUPS.length * STATS];

    void add(int grade, int flags, double zm, double zr, double gm, double gr, double att, boolean chronic) {
        add(grade, Subgroup.ALL, zm, zr, gm, gr, att, chronic);
        add(grade, (flags & Students.LOW_INCOME) != 0 ? Subgroup.LOW_INCOME : Subgroup.NOT_LOW_INCOME,
                zm, zr, gm, gr, att, chronic);
        if ((flags & Students.ENGLISH_LEARNER) != 0) {
            add(grade, Subgroup.ENGLISH_LEARNER, zm, zr, gm, gr, att, chronic);
        }
        if ((flags & Students.DISABILITY) != 0) {
            add(grade, Subgroup.DISABILITY, zm, zr, gm, gr, att, chronic);
        }
    }

    private void add(int grade, Subgroup group, double zm, double zr, double gm, double gr, double att,
                     boolean chronic) {
        int o = (grade * GROUPS.length + group.ordinal()) * STATS;
        sums[o + N] += 1;
        sums[o + ZM] += zm;
        sums[o + ZR] += zr;
        sums[o + GM] += gm;
        sums[o + GR] += gr;
        sums[o + ATT] += att;
        sums[o + CHRONIC] += chronic ? 1 : 0;
    }

    /**
     * Emits means for all grades together, then grade by grade, each subgroup in enum order.
     *
     * @param full false for the fall baseline: achievement and enrolment only
     */
    void emit(int year, boolean full, ObservationSink sink) {
        for (Subgroup group : GROUPS) {
            double[] all = new double[STATS];
            for (int g = 0; g < Grades.COUNT; g++) {
                int o = (g * GROUPS.length + group.ordinal()) * STATS;
                for (int k = 0; k < STATS; k++) {
                    all[k] += sums[o + k];
                }
            }
            emit(year, Outcome.ALL_GRADES, group, all, 0, full, sink);
        }
        for (int g = 0; g < Grades.COUNT; g++) {
            for (Subgroup group : GROUPS) {
                emit(year, g, group, sums, (g * GROUPS.length + group.ordinal()) * STATS, full, sink);
            }
        }
    }

    private static void emit(int year, int grade, Subgroup group, double[] s, int o, boolean full,
                             ObservationSink sink) {
        long n = (long) s[o + N];
        if (n == 0) {
            return;
        }
        sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.ENROLLMENT, n, n));
        sink.accept(new Outcome(year, grade, Subject.MATH, group, Measure.ACHIEVEMENT, s[o + ZM] / n, n));
        sink.accept(new Outcome(year, grade, Subject.READING, group, Measure.ACHIEVEMENT, s[o + ZR] / n, n));
        if (!full) {
            return;
        }
        sink.accept(new Outcome(year, grade, Subject.MATH, group, Measure.GAIN, s[o + GM] / n, n));
        sink.accept(new Outcome(year, grade, Subject.READING, group, Measure.GAIN, s[o + GR] / n, n));
        sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.ATTENDANCE, s[o + ATT] / n, n));
        sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.CHRONIC_ABSENCE, s[o + CHRONIC] / n, n));
    }
}
