package org.plsim.model.agent;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.plsim.model.component.SchoolView;
import org.plsim.model.observe.Subject;
import org.plsim.model.random.RandomStreams;
import org.plsim.model.time.SchoolCalendar;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One school: its students and teachers held in primitive arrays (a struct of arrays), stepped one week
 * at a time by MASON. Students are never scheduled, nor allocated, one by one: a week is one pass over
 * the arrays with two random draws per student (a uniform for absences, a Gaussian for the week's shock).
 *
 * <p>Scores are on a vertical scale in national SD units: a student's achievement against the norm is
 * the score minus the national mean for the grade at that point of the year.
 */
public final class School implements Steppable, SchoolView {
    private static final long serialVersionUID = 1L;
    static final int LOW_INCOME = 1;
    static final int ENGLISH_LEARNER = 2;
    static final int DISABILITY = 4;

    private final int id;
    private final String type;
    private final int lowGrade;
    private final int highGrade;
    private final Calibration cal;
    private final transient SplittableRandom weekly;
    private final transient SplittableRandom entry;
    private final transient SplittableRandom annual;
    private final transient SplittableRandom classes;
    private final transient SplittableRandom staffing;
    private transient WeekHook hook = (school, week) -> { };

    // ---- students: struct of arrays, [0, n) in use -------------------------------------------------
    int n;
    byte[] grade = new byte[0];
    byte[] flags = new byte[0];
    double[][] score = {new double[0], new double[0]};
    double[][] yearStart = {new double[0], new double[0]};
    double[][] weeklyGain = {new double[0], new double[0]};
    float[] growthRate = new float[0];
    float[] engagement = new float[0];
    float[] absencePropensity = new float[0];
    float[] absenceProb = new float[0];
    int[] absenceThreshold = new int[0];
    private double[] shocks = new double[0];
    short[] daysAbsent = new short[0];
    int[] teacher = new int[0];

    // ---- teachers: one classroom each -------------------------------------------------------------
    int teachers;
    float[][] teacherPermanent = {new float[0], new float[0]};
    int[] experience = new int[0];
    private double counselorFte;
    private int week;
    /** Weeks of learning done so far this school year (what achievement against the norm is measured at). */
    private int elapsed;

    /** Called after the business-as-usual week, with the school and the week (the model's component hook). */
    @FunctionalInterface
    public interface WeekHook {
        void afterWeek(School school, int week);
    }

    School(int id, String type, int lowGrade, int highGrade, Calibration cal, RandomStreams streams) {
        this.id = id;
        this.type = type;
        this.lowGrade = lowGrade;
        this.highGrade = highGrade;
        this.cal = cal;
        String p = "school." + id + ".";
        this.weekly = streams.get(p + "weekly");
        this.entry = streams.get(p + "entry");
        this.annual = streams.get(p + "annual");
        this.classes = streams.get(p + "classes");
        this.staffing = streams.get(p + "staffing");
    }

    /** Installs the hook run after each business-as-usual week (the model wires the components here). */
    public void setWeekHook(WeekHook hook) {
        this.hook = hook;
    }

    /** Tells the school which week of the year it is about to step. */
    public void setWeek(int week) {
        this.week = week;
    }

    // =================================================================================================
    // The week
    // =================================================================================================

    /**
     * One instructional week of business-as-usual learning and attendance, then the components' hook. Two
     * passes: the week's Gaussian shocks into a scratch buffer (the JDK's Gaussian is too large to inline,
     * so a tight loop of its own keeps the second pass free of calls), then absences and growth.
     */
    @Override
    public void step(SimState state) {
        final SplittableRandom rng = weekly;
        final int count = n;
        final double[] z = shocks;
        for (int i = 0; i < count; i++) {
            z[i] = rng.nextGaussian();
        }
        final double shockSd = cal.bau.weeklyShockSd();
        final double costM = cal.absenceCost[0];
        final double costR = cal.absenceCost[1];
        final double[] m = score[0];
        final double[] r = score[1];
        final double[] gm = weeklyGain[0];
        final double[] gr = weeklyGain[1];
        final int[] threshold = absenceThreshold;
        final short[] absentDays = daysAbsent;
        for (int i = 0; i < count; i++) {
            int absent = absences(rng.nextLong(), threshold[i]);
            double shock = shockSd * z[i];
            m[i] += gm[i] + shock - costM * absent;
            r[i] += gr[i] + shock - costR * absent;
            absentDays[i] += (short) absent;
        }
        elapsed = week + 1;
        hook.afterWeek(this, week);
    }

    /** Resolution of a daily absence chance: 12 bits, so five school days fit in one 64-bit draw. */
    static final int ABSENCE_BITS = 12;
    static final int ABSENCE_SCALE = 1 << ABSENCE_BITS;
    private static final long ABSENCE_MASK = ABSENCE_SCALE - 1;

    /**
     * Days absent this week: each of the five days takes 12 bits of {@code bits} as a uniform integer in
     * [0, 4096) and counts as absent when it falls below {@code threshold} = round(4096·q). The sign bit of
     * the difference does the comparison, so there is no branch to mispredict.
     */
    static int absences(long bits, int threshold) {
        long t = threshold;
        return (int) ((((bits & ABSENCE_MASK) - t) >>> 63)
                + ((((bits >>> 12) & ABSENCE_MASK) - t) >>> 63)
                + ((((bits >>> 24) & ABSENCE_MASK) - t) >>> 63)
                + ((((bits >>> 36) & ABSENCE_MASK) - t) >>> 63)
                + ((((bits >>> 48) & ABSENCE_MASK) - t) >>> 63));
    }

    // =================================================================================================
    // The year
    // =================================================================================================

    /**
     * Start of a school year: staff turnover (after the first year), classes formed at random within each
     * grade, and each student's attendance chance and expected weekly growth for the year.
     */
    void startYear(boolean turnover) {
        if (turnover) {
            turnOverStaff();
        }
        formClasses(!turnover);
        elapsed = 0;
        counselorFte = n / (double) cal.district.counselorRatio();
        final int weeks = cal.calendar.weeksPerYear();
        final double shockSd = cal.bau.annualShockSd();
        final double reversion = cal.bau.meanReversion();
        for (int i = 0; i < n; i++) {
            setAbsenceProb(i);
            int g = grade[i];
            int t = teacher[i];
            for (int s = 0; s < 2; s++) {
                double z = score[s][i] - cal.normStart(s, g);
                double va = cal.teacherEffect(s, teacherPermanent[s][t], experience[t]);
                double yearly = cal.normAnnual[s][g] * (1.0 + growthRate[i]) + shockSd * annual.nextGaussian() + va
                        - reversion * z;
                weeklyGain[s][i] = yearly / weeks + cal.absenceCost[s] * cal.expectedAbsentPerWeek;
                yearStart[s][i] = score[s][i];
            }
            daysAbsent[i] = 0;
        }
    }

    private void setAbsenceProb(int i) {
        double logit = cal.absenceIntercept + absencePropensity[i]
                + ((flags[i] & LOW_INCOME) != 0 ? cal.lowIncomeLogOdds : 0.0)
                - cal.bau.engagementAbsence() * engagement[i];
        double q = 1.0 / (1.0 + Math.exp(-logit));
        absenceProb[i] = (float) q;
        absenceThreshold[i] = (int) Math.round(q * ABSENCE_SCALE);
    }

    /** Absence log-odds of student i before the district intercept (used to solve for the intercept). */
    double absenceLogitOffset(int i) {
        return absencePropensity[i] + ((flags[i] & LOW_INCOME) != 0 ? cal.lowIncomeLogOdds : 0.0)
                - cal.bau.engagementAbsence() * engagement[i];
    }

    private void turnOverStaff() {
        for (int t = 0; t < teachers; t++) {
            if (staffing.nextDouble() < cal.bau.teacherAttrition()) {
                hire(t, false);
            } else if (experience[t] < Calibration.MAX_EXPERIENCE) {
                experience[t]++;
            }
        }
    }

    /**
     * Fills post {@code t}: a permanent value-added draw and an experience — from the national workforce
     * when the school first opens, a first-year teacher with the novice-hire share afterwards.
     */
    private void hire(int t, boolean opening) {
        double z1 = staffing.nextGaussian();
        double z2 = staffing.nextGaussian();
        double rho = Calibration.TEACHER_VA_CORRELATION;
        teacherPermanent[0][t] = (float) (cal.vaSd[0] * z1);
        teacherPermanent[1][t] = (float) (cal.vaSd[1] * (rho * z1 + Math.sqrt(1 - rho * rho) * z2));
        double u = staffing.nextDouble();
        boolean novice = !opening && u < Calibration.NOVICE_HIRE_SHARE;
        experience[t] = novice ? 0 : cal.drawExperience(staffing.nextDouble());
    }

    /** Deals each grade's students, shuffled, into classrooms of at most the class size; hires as needed. */
    private void formClasses(boolean opening) {
        int[] byGrade = new int[n];
        int offset = 0;
        int classSize = cal.district.classSize();
        for (int g = lowGrade; g <= highGrade; g++) {
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (grade[i] == g) {
                    byGrade[count++] = i;
                }
            }
            if (count == 0) {
                continue;
            }
            for (int k = count - 1; k > 0; k--) {
                int j = classes.nextInt(k + 1);
                int tmp = byGrade[k];
                byGrade[k] = byGrade[j];
                byGrade[j] = tmp;
            }
            int rooms = (count + classSize - 1) / classSize;
            for (int k = 0; k < count; k++) {
                teacher[byGrade[k]] = offset + k % rooms;
            }
            offset += rooms;
        }
        while (teachers < offset) {
            growTeachers();
            hire(teachers++, opening);
        }
    }

    private void growTeachers() {
        if (teachers == experience.length) {
            int cap = Math.max(8, teachers * 2);
            experience = Arrays.copyOf(experience, cap);
            teacherPermanent[0] = Arrays.copyOf(teacherPermanent[0], cap);
            teacherPermanent[1] = Arrays.copyOf(teacherPermanent[1], cap);
        }
    }

    // =================================================================================================
    // Enrolment
    // =================================================================================================

    /** Enrols a new student in {@code g} with this school's entry stream: flags, achievement, engagement. */
    void enrollNew(int g) {
        SplittableRandom rng = entry;
        var d = cal.district;
        var b = cal.bau;
        int i = add();
        boolean li = rng.nextDouble() < d.lowIncomeShare();
        boolean el = rng.nextDouble() < d.englishLearnerShare();
        boolean sw = rng.nextDouble() < d.disabilityShare();
        double offset = -b.lowIncomeGap() * ((li ? 1 : 0) - d.lowIncomeShare())
                - b.englishLearnerGap() * ((el ? 1 : 0) - d.englishLearnerShare())
                - b.disabilityGap() * ((sw ? 1 : 0) - d.disabilityShare());
        double e1 = rng.nextGaussian();
        double e2 = rng.nextGaussian();
        double e3 = rng.nextGaussian();
        double rho = Calibration.MATH_READING_CORRELATION;
        double zm = d.baselineMath() + offset + cal.entryResidualSd * e1;
        double zr = d.baselineReading() + offset + cal.entryResidualSd * (rho * e1 + Math.sqrt(1 - rho * rho) * e2);
        double c = Calibration.ENGAGEMENT_ACHIEVEMENT_CORRELATION;
        grade[i] = (byte) g;
        flags[i] = (byte) ((li ? LOW_INCOME : 0) | (el ? ENGLISH_LEARNER : 0) | (sw ? DISABILITY : 0));
        score[0][i] = cal.normStart(0, g) + zm;
        score[1][i] = cal.normStart(1, g) + zr;
        engagement[i] = (float) (c * e1 + Math.sqrt(1 - c * c) * e3);
        growthRate[i] = (float) (b.growthRateSd() * rng.nextGaussian());
        absencePropensity[i] = (float) (b.absenceLogitSd() * rng.nextGaussian());
    }

    /** Copies student {@code i} of {@code from} into this school (a move to the next school level). */
    void enrollTransfer(School from, int i) {
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
     * Keeps, in their order, the first {@code keep.length} students for whom {@code keep} is true and every
     * student enrolled after them (this summer's arrivals); the others leave the school.
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

    private int add() {
        if (n == grade.length) {
            int cap = Math.max(64, n + (n >> 1));
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
            shocks = new double[cap];
            daysAbsent = Arrays.copyOf(daysAbsent, cap);
            teacher = Arrays.copyOf(teacher, cap);
        }
        return n++;
    }

    // =================================================================================================
    // Measurement
    // =================================================================================================

    /**
     * Adds this school's students to {@code acc} ({@link Tally} layout): n, achievement against the norm,
     * gain, attendance and chronic absence, by grade and subgroup.
     *
     * @param endOfYear true for the spring test; false for the fall baseline (no gain or attendance yet)
     */
    void tally(Tally acc, boolean endOfYear) {
        int days = cal.calendar.daysPerYear();
        for (int i = 0; i < n; i++) {
            int g = grade[i];
            double zm = score[0][i] - (endOfYear ? cal.normEnd[0][g] : cal.normStart(0, g));
            double zr = score[1][i] - (endOfYear ? cal.normEnd[1][g] : cal.normStart(1, g));
            double gm = score[0][i] - yearStart[0][i];
            double gr = score[1][i] - yearStart[1][i];
            double att = 1.0 - daysAbsent[i] / (double) days;
            boolean chronic = daysAbsent[i] >= 0.1 * days;
            acc.add(g, flags[i], zm, zr, gm, gr, att, chronic);
        }
    }

    // =================================================================================================
    // SchoolView
    // =================================================================================================

    @Override public int id() { return id; }
    @Override public String type() { return type; }
    @Override public int lowGrade() { return lowGrade; }
    @Override public int highGrade() { return highGrade; }
    @Override public int size() { return n; }
    @Override public int grade(int s) { return grade[s]; }
    @Override public boolean lowIncome(int s) { return (flags[s] & LOW_INCOME) != 0; }
    @Override public boolean englishLearner(int s) { return (flags[s] & ENGLISH_LEARNER) != 0; }
    @Override public boolean disability(int s) { return (flags[s] & DISABILITY) != 0; }
    @Override public double engagement(int s) { return engagement[s]; }
    @Override public double absenceRate(int s) { return absenceProb[s]; }
    @Override public int daysAbsent(int s) { return daysAbsent[s]; }
    @Override public int teacherOf(int s) { return teacher[s]; }
    @Override public int teacherCount() { return teachers; }
    @Override public int teacherExperience(int t) { return experience[t]; }
    @Override public double counselors() { return counselorFte; }

    @Override
    public double achievement(Subject subject, int s) {
        int k = subjectIndex(subject);
        return score[k][s] - cal.normAt(k, grade[s], elapsed);
    }

    @Override
    public void addLearning(Subject subject, int s, double sdUnits) {
        score[subjectIndex(subject)][s] += sdUnits;
    }

    @Override
    public void addEngagement(int s, double delta) {
        engagement[s] += (float) delta;
        setAbsenceProb(s);
    }

    private static int subjectIndex(Subject subject) {
        if (subject == Subject.ALL) {
            throw new IllegalArgumentException("a tested subject is needed: math or reading");
        }
        return subject == Subject.MATH ? 0 : 1;
    }

    static List<Subject> tested() {
        return List.of(Subject.TESTED);
    }
}
