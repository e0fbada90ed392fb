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
    private static final int AM = 3;
    private static final int AR = 4;
    private static final int GM = 5;
    private static final int GR = 6;
    private static final int ATT = 7;
    private static final int CHRONIC = 8;
    private static final int HIGH_SCHOOL = 9;
    private static final int ON_TRACK = 10;
    private static final int SENIORS = 11;
    private static final int GRADUATED = 12;
    private static final int COLLEGE = 13;
    private static final int ENGAGEMENT = 14;
    private static final int STATS = 15;
    private static final Subgroup[] GROUPS = Subgroup.values();

    private final double[] sums = new double[Grades.COUNT * GROUPS.length * STATS];
    private final double[] row = new double[STATS];

    /**
     * Adds one student.
     *
     * @param masteryM   curriculum-specific mastery in math (aligned = achievement + mastery)
     * @param milestones {@link Students#ON_TRACK} … bits of this year end (0 at the fall baseline)
     */
    void add(int grade, int flags, int quartile, double zm, double zr, double masteryM, double masteryR,
             double gm, double gr, double att, boolean chronic, int milestones, double engagement) {
        double[] v = row;
        v[N] = 1;
        v[ZM] = zm;
        v[ZR] = zr;
        v[AM] = zm + masteryM;
        v[AR] = zr + masteryR;
        v[GM] = gm;
        v[GR] = gr;
        v[ATT] = att;
        v[CHRONIC] = chronic ? 1 : 0;
        boolean high = grade >= Calibration.FIRST_HIGH_SCHOOL_GRADE;
        v[HIGH_SCHOOL] = high ? 1 : 0;
        v[ON_TRACK] = high && (milestones & Students.ON_TRACK) != 0 ? 1 : 0;
        v[SENIORS] = grade == Grades.TWELFTH ? 1 : 0;
        v[GRADUATED] = (milestones & Students.GRADUATED) != 0 ? 1 : 0;
        v[COLLEGE] = (milestones & Students.COLLEGE) != 0 ? 1 : 0;
        v[ENGAGEMENT] = engagement;
        add(grade, Subgroup.ALL);
        add(grade, (flags & Students.LOW_INCOME) != 0 ? Subgroup.LOW_INCOME : Subgroup.NOT_LOW_INCOME);
        if ((flags & Students.ENGLISH_LEARNER) != 0) {
            add(grade, Subgroup.ENGLISH_LEARNER);
        }
        if ((flags & Students.DISABILITY) != 0) {
            add(grade, Subgroup.DISABILITY);
        }
        add(grade, Subgroup.QUARTILES[quartile]);
    }

    private void add(int grade, Subgroup group) {
        int o = (grade * GROUPS.length + group.ordinal()) * STATS;
        for (int k = 0; k < STATS; k++) {
            sums[o + k] += row[k];
        }
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
        sink.accept(new Outcome(year, grade, Subject.MATH, group, Measure.ALIGNED_MASTERY, s[o + AM] / n, n));
        sink.accept(new Outcome(year, grade, Subject.READING, group, Measure.ALIGNED_MASTERY, s[o + AR] / n, n));
        if (!full) {
            return;
        }
        sink.accept(new Outcome(year, grade, Subject.MATH, group, Measure.GAIN, s[o + GM] / n, n));
        sink.accept(new Outcome(year, grade, Subject.READING, group, Measure.GAIN, s[o + GR] / n, n));
        sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.ATTENDANCE, s[o + ATT] / n, n));
        sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.CHRONIC_ABSENCE, s[o + CHRONIC] / n, n));
        sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.ENGAGEMENT, s[o + ENGAGEMENT] / n, n));
        long high = (long) s[o + HIGH_SCHOOL];
        if (high > 0) {
            sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.ON_TRACK, s[o + ON_TRACK] / high, high));
        }
        long seniors = (long) s[o + SENIORS];
        if (seniors > 0) {
            sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.GRADUATION, s[o + GRADUATED] / seniors,
                    seniors));
            sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.COLLEGE_ENROLLMENT,
                    s[o + COLLEGE] / seniors, seniors));
        }
    }
}
