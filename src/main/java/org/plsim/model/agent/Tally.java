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
    private static final int PROFICIENT_M = 15;
    private static final int PROFICIENT_R = 16;
    private static final int CREDITS = 17;
    private static final int COLLEGE_1 = 18;
    private static final int COLLEGE_2 = 19;
    private static final int COLLEGE_4 = 20;
    private static final int FOUR_YEAR = 21;
    private static final int STATS = 22;
    /** First year whose seniors entered grade 9 within the run (year 1's ninth graders graduate in year 4). */
    static final int FIRST_OBSERVED_COHORT_YEAR = Grades.TWELFTH - BusinessAsUsualRule.FIRST_HIGH_SCHOOL_GRADE + 1;
    private static final Subgroup[] GROUPS = Subgroup.values();

    /**
     * Students are summed into cells of (grade, subgroup flags, prior quartile); subgroups are folded at emit.
     * The flags are income, English learner, disability (bits 1, 2, 4 as {@link Students} keeps them) and
     * served (bit 8 here; {@link Students#SERVED} there, whose bit 8 is not a subgroup).
     */
    private static final int FLAG_COMBINATIONS = 16;
    private static final int SERVED_BIT = 8;
    private static final int QUARTILES = 4;
    private static final int CELLS_PER_GRADE = FLAG_COMBINATIONS * QUARTILES;

    private final double[] cells = new double[Grades.COUNT * CELLS_PER_GRADE * STATS];
    /**
     * The cells' 0/1 sums (students, chronic absence, milestones) as counts: a double sum of 0s and 1s is an
     * exact integer, so counting in ints and converting when folding gives the same doubles, with fewer
     * floating-point adds per student. High-school students and seniors follow from the cell's grade.
     */
    private final int[] counts = new int[Grades.COUNT * CELLS_PER_GRADE * COUNTED];
    private static final int C_N = 0;
    private static final int C_CHRONIC = 1;
    private static final int C_ON_TRACK = 2;
    private static final int C_GRADUATED = 3;
    private static final int C_COLLEGE = 4;
    private static final int C_PROFICIENT_M = 5;
    private static final int C_PROFICIENT_R = 6;
    private static final int C_COLLEGE_1 = 7;
    private static final int C_COLLEGE_2 = 8;
    private static final int C_COLLEGE_4 = 9;
    private static final int C_FOUR_YEAR = 10;
    private static final int COUNTED = 11;

    /** The proficient cut score, SD units against the grade's national norm. */
    private final double proficientCut;

    Tally(double proficientCut) {
        this.proficientCut = proficientCut;
    }

    /**
     * Adds one student to its cell: one pass of {@value #STATS} sums, whatever the number of subgroups.
     *
     * @param masteryM   curriculum-specific mastery in math (aligned = achievement + mastery)
     * @param milestones {@link Students#ON_TRACK} … bits of this year end (0 at the fall baseline)
     * @param credits    college credits earned in high school so far (summed for twelfth graders only)
     */
    void add(int grade, int flags, int quartile, double zm, double zr, double masteryM, double masteryR,
             double gm, double gr, double att, boolean chronic, int milestones, double engagement, double credits) {
        int combination = (flags & 7) | ((flags & Students.SERVED) != 0 ? SERVED_BIT : 0);
        int cell = (grade * FLAG_COMBINATIONS + combination) * QUARTILES + quartile;
        int o = cell * STATS;
        double[] c = cells;
        boolean high = grade >= BusinessAsUsualRule.FIRST_HIGH_SCHOOL_GRADE;
        int[] k = counts;
        int ko = cell * COUNTED;
        k[ko + C_N]++;
        k[ko + C_CHRONIC] += chronic ? 1 : 0;
        k[ko + C_ON_TRACK] += high && (milestones & Students.ON_TRACK) != 0 ? 1 : 0;
        k[ko + C_GRADUATED] += (milestones & Students.GRADUATED) != 0 ? 1 : 0;
        k[ko + C_COLLEGE] += (milestones & Students.COLLEGE) != 0 ? 1 : 0;
        k[ko + C_PROFICIENT_M] += zm >= proficientCut ? 1 : 0;
        k[ko + C_PROFICIENT_R] += zr >= proficientCut ? 1 : 0;
        k[ko + C_COLLEGE_1] += (milestones & Students.COLLEGE_WITHIN_1) != 0 ? 1 : 0;
        k[ko + C_COLLEGE_2] += (milestones & Students.COLLEGE_WITHIN_2) != 0 ? 1 : 0;
        k[ko + C_COLLEGE_4] += (milestones & Students.COLLEGE_WITHIN_4) != 0 ? 1 : 0;
        k[ko + C_FOUR_YEAR] += (milestones & Students.FOUR_YEAR) != 0 ? 1 : 0;
        if (grade == Grades.TWELFTH) {
            c[o + CREDITS] += credits;
        }
        c[o + ZM] += zm;
        c[o + ZR] += zr;
        c[o + AM] += zm + masteryM;
        c[o + AR] += zr + masteryR;
        c[o + GM] += gm;
        c[o + GR] += gr;
        c[o + ATT] += att;
        c[o + ENGAGEMENT] += engagement;
    }

    /** Writes cell {@code cell}'s counts into its sums (idempotent: counts are final once students are added). */
    private void withCounts(int grade, int cell) {
        int o = cell * STATS;
        int ko = cell * COUNTED;
        int n = counts[ko + C_N];
        cells[o + N] = n;
        cells[o + CHRONIC] = counts[ko + C_CHRONIC];
        cells[o + HIGH_SCHOOL] = grade >= BusinessAsUsualRule.FIRST_HIGH_SCHOOL_GRADE ? n : 0;
        cells[o + ON_TRACK] = counts[ko + C_ON_TRACK];
        cells[o + SENIORS] = grade == Grades.TWELFTH ? n : 0;
        cells[o + GRADUATED] = counts[ko + C_GRADUATED];
        cells[o + COLLEGE] = counts[ko + C_COLLEGE];
        cells[o + PROFICIENT_M] = counts[ko + C_PROFICIENT_M];
        cells[o + PROFICIENT_R] = counts[ko + C_PROFICIENT_R];
        cells[o + COLLEGE_1] = counts[ko + C_COLLEGE_1];
        cells[o + COLLEGE_2] = counts[ko + C_COLLEGE_2];
        cells[o + COLLEGE_4] = counts[ko + C_COLLEGE_4];
        cells[o + FOUR_YEAR] = counts[ko + C_FOUR_YEAR];
    }

    /** Whether a cell's students (flags, quartile) belong to {@code group}. */
    private static boolean inGroup(Subgroup group, int flags, int quartile) {
        return switch (group) {
            case ALL -> true;
            case LOW_INCOME -> (flags & Students.LOW_INCOME) != 0;
            case NOT_LOW_INCOME -> (flags & Students.LOW_INCOME) == 0;
            case ENGLISH_LEARNER -> (flags & Students.ENGLISH_LEARNER) != 0;
            case DISABILITY -> (flags & Students.DISABILITY) != 0;
            case PRIOR_Q1, PRIOR_Q2, PRIOR_Q3, PRIOR_Q4 -> quartile == group.ordinal() - Subgroup.PRIOR_Q1.ordinal();
            case SERVED -> (flags & SERVED_BIT) != 0;
        };
    }

    /** Sums of grade {@code g} (or all grades when g &lt; 0) over the cells in {@code group}, in a fixed order. */
    private double[] fold(int g, Subgroup group) {
        double[] out = new double[STATS];
        int from = g < 0 ? 0 : g;
        int to = g < 0 ? Grades.COUNT - 1 : g;
        for (int grade = from; grade <= to; grade++) {
            for (int flags = 0; flags < FLAG_COMBINATIONS; flags++) {
                for (int q = 0; q < QUARTILES; q++) {
                    if (inGroup(group, flags, q)) {
                        int cell = (grade * FLAG_COMBINATIONS + flags) * QUARTILES + q;
                        withCounts(grade, cell);
                        int o = cell * STATS;
                        for (int k = 0; k < STATS; k++) {
                            out[k] += cells[o + k];
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Emits means for all grades together, then grade by grade, each subgroup in enum order.
     *
     * @param full false for the fall baseline: achievement and enrolment only
     */
    void emit(int year, boolean full, ObservationSink sink) {
        for (Subgroup group : GROUPS) {
            emit(year, Outcome.ALL_GRADES, group, fold(-1, group), 0, full, sink);
        }
        for (int g = 0; g < Grades.COUNT; g++) {
            for (Subgroup group : GROUPS) {
                emit(year, g, group, fold(g, group), 0, full, sink);
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
        sink.accept(new Outcome(year, grade, Subject.MATH, group, Measure.PROFICIENT,
                100 * s[o + PROFICIENT_M] / n, n));
        sink.accept(new Outcome(year, grade, Subject.READING, group, Measure.PROFICIENT,
                100 * s[o + PROFICIENT_R] / n, n));
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
            followUp(year, grade, group, s, o, seniors, sink);
        }
    }

    /**
     * The seniors' non-test outcomes beyond graduating that year: four-year cohort graduation (from year
     * {@value #FIRST_OBSERVED_COHORT_YEAR}, the first whose seniors entered grade 9 in the run; no student leaves
     * or repeats a grade before grade 12, so the cohort is that year's seniors), fall enrollment by sector,
     * enrollment within 1, 2 and 4 years (decided at graduation) and college credits earned in high school.
     */
    private static void followUp(int year, int grade, Subgroup group, double[] s, int o, long seniors,
                                 ObservationSink sink) {
        if (year >= FIRST_OBSERVED_COHORT_YEAR) {
            sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.COHORT_GRADUATION,
                    s[o + GRADUATED] / seniors, seniors));
        }
        sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.COLLEGE_TWO_YEAR,
                (s[o + COLLEGE] - s[o + FOUR_YEAR]) / seniors, seniors));
        sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.COLLEGE_FOUR_YEAR,
                s[o + FOUR_YEAR] / seniors, seniors));
        sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.COLLEGE_WITHIN_1,
                s[o + COLLEGE_1] / seniors, seniors));
        sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.COLLEGE_WITHIN_2,
                s[o + COLLEGE_2] / seniors, seniors));
        sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.COLLEGE_WITHIN_4,
                s[o + COLLEGE_4] / seniors, seniors));
        sink.accept(new Outcome(year, grade, Subject.ALL, group, Measure.COLLEGE_CREDITS,
                s[o + CREDITS] / seniors, seniors));
    }
}
