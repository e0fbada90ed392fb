package org.plsim.model.agent;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.plsim.model.component.SchoolView;
import org.plsim.model.observe.Subject;
import org.plsim.model.random.RandomStreams;
import org.plsim.model.random.SplitMix;
import org.plsim.model.random.Ziggurat;
import org.plsim.scenario.Grades;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.network.Network;

/**
 * One school, stepped one week at a time by MASON: its {@link Students} and {@link Staff} are primitive
 * arrays, never scheduled or allocated one by one. A week is one pass over the arrays with two random draws
 * per student (a Gaussian for the week's shock, 64 bits for five days of attendance).
 *
 * <p>Scores are on a vertical scale in national SD units: a student's achievement against the norm is the
 * score minus the national mean for the grade at that point of the year.
 */
public final class School implements Steppable, SchoolView {
    private static final long serialVersionUID = 1L;
    /** Resolution of a daily absence chance ({@link AbsenceChance}): 12 bits, so five days fit in one draw. */
    static final int ABSENCE_BITS = AbsenceChance.BITS;
    static final int ABSENCE_SCALE = AbsenceChance.SCALE;
    private static final long ABSENCE_MASK = ABSENCE_SCALE - 1;
    /** {@link #absences}: a 1 in each of three lanes 24 bits apart (times the threshold: it in each lane). */
    private static final long LANES_3 = 1L | 1L << 24 | 1L << 48;
    private static final long LANES_2_MASK = (1L << 48) - 1;
    private static final long DAYS_3 = ABSENCE_MASK | ABSENCE_MASK << 24 | ABSENCE_MASK << 48;
    private static final long DAYS_2 = ABSENCE_MASK | ABSENCE_MASK << 24;
    /** {@link #absences}: bit 12 of each lane, set when that day is attended. */
    private static final long ATTENDED_3 = 1L << 12 | 1L << 36 | 1L << 60;
    private static final long ATTENDED_2 = 1L << 12 | 1L << 36;

    private final int id;
    private final String type;
    private final int lowGrade;
    private final int highGrade;
    private final BusinessAsUsualRule rule;
    /** Replaced by a generator at the same point of the stream after each week (see {@link #step}). */
    private transient SplittableRandom weekly;
    private final transient SplittableRandom entry;
    private final transient SplittableRandom annual;
    private final transient SplittableRandom classes;
    private final transient SplittableRandom milestones;
    private transient WeekHook hook = (school, week) -> { };
    final transient Students students = new Students();
    /**
     * {@code students.grant}: the columns only components' levers and shared signals write, null until the
     * model wires components ({@link #enableGrantSignals}); while null, readers see 0 and levers may not be pulled.
     * Kept here too (the object is made once and never replaced: its columns grow inside it) so that a lever,
     * pulled per student-week, is one load shorter, as {@link #engagementAbsence} is kept from the rule.
     */
    private transient GrantSignals signals;
    private final transient Staff staff;
    private double counselorFte;
    /** Shared signal, 0–1: the teachers' collaboration climate (raised by teacher networks); persists. */
    private double collaboration;
    private final transient TimeBudget timeBudget;
    /**
     * Per student: {@link TimeBudget#share} of the student's asks, worked out for all students when a component
     * first reads one after an ask (asks come in the fall, reads every week); null until then.
     */
    private transient double[] shares;
    /** Whether {@link #shares} holds this year's asks (cleared each fall and by a teacher's ask). */
    private transient boolean sharesCurrent;
    /** {@code rule.bau.engagementAbsence()}, read per student-week by the absence levers. */
    private final double engagementAbsence;
    /**
     * {@code incomeOdds[flags & LOW_INCOME]}: 0.0, or {@code rule.lowIncomeLogOdds} for a low-income student, so
     * the absence levers add the income term by an index, not a branch on who the student is (LOW_INCOME is 1).
     */
    private final double[] incomeOdds;
    /** This year's collegial ties, built when a component first asks (null: not yet this year). */
    private transient Network teacherNetwork;
    /** Classrooms per grade this year (null before the first fall): what the teacher network is built from. */
    private transient int[] roomsByGrade;
    private int week;
    /** Weeks of learning done so far this school year (what achievement against the norm is measured at). */
    private int elapsed;
    /**
     * {@code normNow[k][g]}: {@link BusinessAsUsualRule#normAt}{@code (k, g, normElapsed)}, the national mean a
     * student's achievement is measured against, worked out for every grade once a week when a component first
     * asks (not once per student asked: the same numbers, without a division each).
     */
    private final transient double[][] normNow = new double[2][Grades.COUNT];
    private transient int normElapsed = -1;

    /** Called after the business-as-usual week, with the school and the week (the model's component hook). */
    @FunctionalInterface
    public interface WeekHook {
        void afterWeek(School school, int week);
    }

    School(int id, String type, int lowGrade, int highGrade, BusinessAsUsualRule rule, RandomStreams streams) {
        this.id = id;
        this.type = type;
        this.lowGrade = lowGrade;
        this.highGrade = highGrade;
        this.rule = rule;
        String p = "school." + id + ".";
        this.weekly = streams.get(p + "weekly");
        this.entry = streams.get(p + "entry");
        this.annual = streams.get(p + "annual");
        this.classes = streams.get(p + "classes");
        this.milestones = streams.get(p + "milestones");
        this.staff = new Staff(rule, streams.get(p + "staffing"));
        this.timeBudget = new TimeBudget(rule.bau.studentGrantMinutes(), rule.bau.teacherGrantHours());
        this.engagementAbsence = rule.bau.engagementAbsence();
        this.incomeOdds = new double[] {0.0, rule.lowIncomeLogOdds};
    }

    /** Installs the hook run after each business-as-usual week (the model wires the components here). */
    public void setWeekHook(WeekHook hook) {
        this.hook = hook;
    }

    /**
     * Allocates the columns grant components write (mastery, absence shift, completion and college odds,
     * credits, shared signals, asked minutes): the model calls this for every school when it has components
     * whose levers are live, before the first student enrols or after (rows so far are zeroed). Without it
     * every such column reads 0, and a lever or signal setter fails.
     */
    public void enableGrantSignals() {
        students.enableGrantSignals();
        signals = students.grant;
    }

    /** Whether {@link #enableGrantSignals} was called: the school holds the grant-facing columns. */
    public boolean hasGrantSignals() {
        return signals != null;
    }

    /** Adds component columns to the students (see {@code ComponentContext.studentColumn}). */
    public void addStudentColumns(int count) {
        students.addColumns(count);
    }

    /** Tells the school which week of the year it is about to step. */
    public void setWeek(int week) {
        this.week = week;
    }

    // ---- the week ----------------------------------------------------------------------------------

    /**
     * One instructional week of business-as-usual learning and attendance, then the components' hook. Two
     * passes: the week's Gaussian shocks into a scratch buffer ({@link Ziggurat}, whose rare slow path is a
     * call, so a tight loop of its own keeps the second pass free of calls), then absences and growth. The buffer is
     * the thread's, reused school after school, so it never leaves the core's cache.
     */
    @Override
    public void step(SimState state) {
        final Students st = students;
        final SplittableRandom rng = weekly;
        final int count = st.n;
        final double[] z = Scratch.get().doubles(count);
        for (int i = 0; i < count; i++) {
            z[i] = Ziggurat.next(rng);
        }
        final double shockSd = rule.bau.weeklyShockSd();
        final double costM = rule.absenceCost[0];
        final double costR = rule.absenceCost[1];
        final double[] m = st.score[0];
        final double[] r = st.score[1];
        final double[] gm = st.weeklyGain[0];
        final double[] gr = st.weeklyGain[1];
        final short[] threshold = st.absenceThreshold;
        final short[] absentDays = st.daysAbsent;
        if (SplitMix.MATCHES_JDK && count > 0) {
            // The stream's state in a register: one draw from the generator tells where it stands.
            long seed = SplitMix.stateAfter(rng.nextLong()) - SplitMix.GAMMA;
            for (int i = 0; i < count; i++) {
                seed += SplitMix.GAMMA;
                int absent = absences(RandomStreams.mix64(seed), threshold[i]);
                double shock = shockSd * z[i];
                m[i] += gm[i] + shock - costM * absent;
                r[i] += gr[i] + shock - costR * absent;
                absentDays[i] += (short) absent;
            }
            weekly = new SplittableRandom(seed);
        } else {
            for (int i = 0; i < count; i++) {
                int absent = absences(rng.nextLong(), threshold[i]);
                double shock = shockSd * z[i];
                m[i] += gm[i] + shock - costM * absent;
                r[i] += gr[i] + shock - costR * absent;
                absentDays[i] += (short) absent;
            }
        }
        elapsed = week + 1;
        hook.afterWeek(this, week);
    }

    /**
     * Days absent this week: each of the five days takes 12 bits of {@code bits} as a uniform integer in
     * [0, 4096) and counts as absent when it falls below {@code threshold} = round(4096·q), 0–4096.
     *
     * <p>The five comparisons are made at once, SIMD within a register: days 1, 3, 5 stay in lanes 24 bits
     * apart, days 2 and 4 are shifted into two more, and each lane computes day + 4096 − threshold, which lies
     * in [0, 8192) so no borrow crosses lanes; its bit 12 is set exactly when the day is attended. One
     * population count of those bits gives the days attended: no branch, a third of the instructions of five
     * separate comparisons, and the same integer.
     */
    static int absences(long bits, int threshold) {
        long t = threshold * LANES_3;
        long odd = (((bits >>> 12) & DAYS_2) | ATTENDED_2) - (t & LANES_2_MASK);
        long even = ((bits & DAYS_3) | ATTENDED_3) - t;
        return 5 - Long.bitCount((even & ATTENDED_3) | ((odd & ATTENDED_2) << 1));
    }

    // ---- the year ----------------------------------------------------------------------------------

    /**
     * Start of a school year: staff turnover (after the first year), classes formed at random within each
     * grade, and each student's attendance chance and expected weekly growth for the year.
     */
    void startYear(boolean turnover) {
        if (turnover) {
            staff.turnOver();
        }
        formClasses(!turnover);
        timeBudget.startYear(staff.size);
        sharesCurrent = false;
        elapsed = 0;
        final double[][] teacherEffect = staff.effects();
        final Students st = students;
        counselorFte = st.n / (double) rule.district.counselorRatio();
        final int weeks = rule.calendar.weeksPerYear();
        final double shockSd = rule.bau.annualShockSd();
        final double reversion = rule.bau.meanReversion();
        final GrantSignals grant = signals;
        if (grant != null) {
            grant.clearYear(0, st.n);
        }
        Arrays.fill(st.daysAbsent, 0, st.n, (short) 0);
        // Per subject, hoisted: the grades' norms, the teachers' effects and the absence allowance (the same
        // products as worked out per student before). The two subjects are unrolled in their old order, so the
        // annual stream's draws stay math then reading per student.
        final double[] startM = normsAtStart(0);
        final double[] startR = normsAtStart(1);
        final double[] annualM = rule.normAnnual[0];
        final double[] annualR = rule.normAnnual[1];
        final double[] teacherM = teacherEffect[0];
        final double[] teacherR = teacherEffect[1];
        final double allowanceM = rule.absenceCost[0] * rule.expectedAbsentPerWeek;
        final double allowanceR = rule.absenceCost[1] * rule.expectedAbsentPerWeek;
        final double[] scoreM = st.score[0];
        final double[] scoreR = st.score[1];
        final double[] weeklyM = st.weeklyGain[0];
        final double[] weeklyR = st.weeklyGain[1];
        final double[] yearStartM = st.yearStart[0];
        final double[] yearStartR = st.yearStart[1];
        final byte[] flags = st.flags;
        for (int i = 0; i < st.n; i++) {
            if ((flags[i] & Students.ABSENCE_CURRENT) == 0) {
                setAbsenceChance(i, grant == null ? 0f : grant.absenceShift[i]);
                flags[i] |= Students.ABSENCE_CURRENT;
            }
            int g = st.grade[i];
            double growth = 1.0 + st.growthRate[i];
            int t = st.teacher[i];
            double zm = scoreM[i] - startM[g];
            double yearlyM = annualM[g] * growth + shockSd * annual.nextGaussian() + teacherM[t] - reversion * zm;
            weeklyM[i] = yearlyM / weeks + allowanceM;
            yearStartM[i] = scoreM[i];
            double zr = scoreR[i] - startR[g];
            double yearlyR = annualR[g] * growth + shockSd * annual.nextGaussian() + teacherR[t] - reversion * zr;
            weeklyR[i] = yearlyR / weeks + allowanceR;
            yearStartR[i] = scoreR[i];
        }
    }

    /** {@link BusinessAsUsualRule#normStart} of subject {@code s} for every grade. */
    private double[] normsAtStart(int s) {
        double[] norms = new double[Grades.COUNT];
        for (int g = 0; g < norms.length; g++) {
            norms[g] = rule.normStart(s, g);
        }
        return norms;
    }

    /** Absence log-odds of student i before the district intercept (used to solve for the intercept). */
    double absenceLogitOffset(int i) {
        final Students st = students;
        return logitOffset(st.absencePropensity[i], incomeOdds[st.flags[i] & Students.LOW_INCOME], engagementAbsence,
                st.engagement[i]);
    }

    /** Who the student is, in absence log-odds: propensity, the income term, less engagement's pull. */
    private static double logitOffset(float propensity, double income, double engagementAbsence, float engagement) {
        return propensity + income - engagementAbsence * engagement;
    }

    /**
     * Student i's absence log-odds this year: the district intercept, who the student is, grant shifts
     * ({@code shift}: the row's absence shift, 0f without grant signals, added as before).
     */
    private double absenceLogOdds(int i, float shift) {
        return rule.absenceIntercept() + absenceLogitOffset(i) + shift;
    }

    /** Works out student i's absence chance afresh (in the fall, when the last one is of another year). */
    private void setAbsenceChance(int i, float shift) {
        students.absenceThreshold[i] = (short) AbsenceChance.threshold(absenceLogOdds(i, shift));
    }

    /** Works out student i's absence chance again after a lever moved its log-odds. */
    private void moveAbsenceChance(int i) {
        final Students st = students;
        final int f = st.flags[i];
        st.flags[i] = (byte) (f & ~Students.ABSENCE_CURRENT);
        double x = movedLogOdds(rule.absenceIntercept(), st.absencePropensity[i], incomeOdds[f & Students.LOW_INCOME],
                engagementAbsence, st.engagement[i], signals.absenceShift[i]);
        st.absenceThreshold[i] = (short) AbsenceChance.move(st.absenceThreshold[i], x);
    }

    /**
     * {@link #absenceLogOdds} from its parts, in its order of operations (the same double): the flags loaded
     * once for both the income term and the stale mark, and the income term passed in, not chosen by a branch.
     */
    static double movedLogOdds(double intercept, float propensity, double income, double engagementAbsence,
            float engagement, float shift) {
        return intercept + logitOffset(propensity, income, engagementAbsence, engagement) + shift;
    }

    /**
     * Deals each grade's students, shuffled, into classrooms of at most the class size; hires as needed.
     * Students are bucketed by grade in one counting pass (in index order within a grade).
     */
    private void formClasses(boolean opening) {
        final Students st = students;
        int spans = highGrade - lowGrade + 1;
        int[] start = new int[spans + 1];
        for (int i = 0; i < st.n; i++) {
            start[st.grade[i] - lowGrade + 1]++;
        }
        for (int g = 0; g < spans; g++) {
            start[g + 1] += start[g];
        }
        int[] byGrade = Scratch.get().ints(st.n);
        int[] fill = start.clone();
        for (int i = 0; i < st.n; i++) {
            byGrade[fill[st.grade[i] - lowGrade]++] = i;
        }
        int offset = 0;
        if (roomsByGrade == null) {
            roomsByGrade = new int[spans];
        }
        int classSize = rule.district.classSize();
        for (int g = 0; g < spans; g++) {
            int from = start[g];
            int count = start[g + 1] - from;
            for (int k = count - 1; k > 0; k--) {
                int j = classes.nextInt(k + 1);
                int tmp = byGrade[from + k];
                byGrade[from + k] = byGrade[from + j];
                byGrade[from + j] = tmp;
            }
            int rooms = (count + classSize - 1) / classSize;
            if (offset + rooms > Students.MAX_TEACHERS) {
                throw new IllegalStateException("school " + id + " needs more than " + Students.MAX_TEACHERS
                        + " classrooms (" + st.n + " students, classes of at most " + classSize
                        + "): a school's teacher index is 16 bits; split the school");
            }
            for (int k = 0; k < count; k++) {
                st.teacher[byGrade[from + k]] = (char) (offset + k % rooms);
            }
            roomsByGrade[g] = rooms;
            offset += rooms;
        }
        staff.ensure(offset, opening);
        Arrays.fill(staff.gradeTaught, 0, staff.size, -1);
        int t = 0;
        for (int g = 0; g < spans; g++) {
            for (int k = 0; k < roomsByGrade[g]; k++) {
                staff.gradeTaught[t++] = lowGrade + g;
            }
        }
        teacherNetwork = null;
    }

    /**
     * The school's collegial ties this year, for grant components that spread practice among teachers: every
     * post is a node ({@code Integer} post index); teachers of the same grade form a team, tied to each
     * other; each team's first teacher is tied to the next grade's first teacher (vertical articulation).
     * Deterministic: no random draws, so the business-as-usual arm is unchanged by it, and built only when a
     * component first asks for it in the year (most runs never do; it costs a boxed node and an edge object
     * per tie). Before the first fall it is empty.
     */
    private Network buildTeacherNetwork() {
        if (roomsByGrade == null) {
            return new Network(false);
        }
        int spans = roomsByGrade.length;
        Network net = new Network(false);
        Integer[] node = new Integer[staff.size];
        for (int t = 0; t < staff.size; t++) {
            node[t] = t;
            net.addNode(node[t]);
        }
        int first = 0;
        int previousFirst = -1;
        for (int g = 0; g < spans; g++) {
            int rooms = roomsByGrade[g];
            for (int a = first; a < first + rooms; a++) {
                for (int b = a + 1; b < first + rooms; b++) {
                    net.addEdge(node[a], node[b], null);
                }
            }
            if (rooms > 0) {
                if (previousFirst >= 0) {
                    net.addEdge(node[previousFirst], node[first], null);
                }
                previousFirst = first;
            }
            first += rooms;
        }
        return net;
    }

    // ---- enrolment ---------------------------------------------------------------------------------

    /** Enrols a new student in grade {@code g} from this school's entry stream: flags, achievement, engagement. */
    void enrollNew(int g) {
        SplittableRandom rng = entry;
        var d = rule.district;
        var b = rule.bau;
        Students st = students;
        int i = st.add();
        sharesCurrent = false;
        boolean li = rng.nextDouble() < d.lowIncomeShare();
        boolean el = rng.nextDouble() < d.englishLearnerShare();
        boolean sw = rng.nextDouble() < d.disabilityShare();
        double offset = -b.lowIncomeGap() * ((li ? 1 : 0) - d.lowIncomeShare())
                - b.englishLearnerGap() * ((el ? 1 : 0) - d.englishLearnerShare())
                - b.disabilityGap() * ((sw ? 1 : 0) - d.disabilityShare());
        double e1 = rng.nextGaussian();
        double e2 = rng.nextGaussian();
        double e3 = rng.nextGaussian();
        double rho = BusinessAsUsualRule.MATH_READING_CORRELATION;
        double zm = d.baselineMath() + offset + rule.entryResidualSd * e1;
        double zr = d.baselineReading() + offset + rule.entryResidualSd * (rho * e1 + Math.sqrt(1 - rho * rho) * e2);
        double c = BusinessAsUsualRule.ENGAGEMENT_ACHIEVEMENT_CORRELATION;
        st.grade[i] = (byte) g;
        st.flags[i] = (byte) ((li ? Students.LOW_INCOME : 0) | (el ? Students.ENGLISH_LEARNER : 0)
                | (sw ? Students.DISABILITY : 0));
        st.score[0][i] = rule.normStart(0, g) + zm;
        st.score[1][i] = rule.normStart(1, g) + zr;
        st.quartile[i] = (byte) BusinessAsUsualRule.nationalQuartile(0.5 * (zm + zr));
        st.engagement[i] = (float) (c * e1 + Math.sqrt(1 - c * c) * e3);
        st.growthRate[i] = (float) (b.growthRateSd() * rng.nextGaussian());
        st.absencePropensity[i] = (float) (b.absenceLogitSd() * rng.nextGaussian());
    }

    // ---- high-school milestones ---------------------------------------------------------------------

    /**
     * Year end for grades 9–12: on track to graduate (twelfth graders: graduated) and, for graduates, college
     * enrollment (the fall after, its sector, and within 1, 2 and 4 years: {@link CollegeFollowUp}), each a
     * draw on a logistic propensity. Two uniforms per high-school student from the school's
     * milestone stream whatever the outcome, so the draws line up in both arms.
     */
    void decideMilestones() {
        final Students st = students;
        if (highGrade < BusinessAsUsualRule.FIRST_HIGH_SCHOOL_GRADE || Double.isNaN(rule.completionIntercept())) {
            return;
        }
        double days = rule.calendar.daysPerYear();
        // Without grant signals the supports are 0, added as the zeroed columns were (the same doubles).
        final float[] completionOdds = signals == null ? null : signals.completionOdds;
        final float[] collegeOdds = signals == null ? null : signals.collegeOdds;
        for (int i = 0; i < st.n; i++) {
            int g = st.grade[i];
            st.milestones[i] = 0;
            if (g < BusinessAsUsualRule.FIRST_HIGH_SCHOOL_GRADE) {
                continue;
            }
            double z = 0.5 * (st.score[0][i] - rule.normEnd[0][g] + st.score[1][i] - rule.normEnd[1][g]);
            double u1 = milestones.nextDouble();
            double u2 = milestones.nextDouble();
            double pOn = BusinessAsUsualRule.logistic(rule.completionIntercept()
                    + rule.completionOffset(z, st.engagement[i], st.daysAbsent[i] / days,
                    completionOdds == null ? 0f : completionOdds[i]));
            if (u1 >= pOn) {
                continue;
            }
            st.milestones[i] = Students.ON_TRACK;
            if (g == Grades.TWELFTH) {
                st.milestones[i] |= Students.GRADUATED;
                double college = rule.collegeIntercept() + rule.collegeOffset(z, st.engagement[i],
                        st.has(i, Students.LOW_INCOME), collegeOdds == null ? 0f : collegeOdds[i]);
                st.milestones[i] |= (byte) CollegeFollowUp.bits(u2, college, rule.fourYearLogOdds(z));
            }
        }
    }

    // ---- measurement -------------------------------------------------------------------------------

    /**
     * Adds this school's students to {@code acc}: achievement against the norm, gain, attendance and
     * chronic absence, by grade and subgroup.
     *
     * @param endOfYear true for the spring test; false for the fall baseline (no gain or attendance yet)
     */
    void tally(Tally acc, boolean endOfYear) {
        final Students st = students;
        int days = rule.calendar.daysPerYear();
        // Without grant signals mastery and credits are 0, added as the zeroed columns were (the same doubles).
        final float[] masteryM = signals == null ? null : signals.mastery[0];
        final float[] masteryR = signals == null ? null : signals.mastery[1];
        final float[] credits = signals == null ? null : signals.collegeCredits;
        for (int i = 0; i < st.n; i++) {
            int g = st.grade[i];
            double zm = st.score[0][i] - (endOfYear ? rule.normEnd[0][g] : rule.normStart(0, g));
            double zr = st.score[1][i] - (endOfYear ? rule.normEnd[1][g] : rule.normStart(1, g));
            double gm = st.score[0][i] - st.yearStart[0][i];
            double gr = st.score[1][i] - st.yearStart[1][i];
            double att = 1.0 - st.daysAbsent[i] / (double) days;
            boolean chronic = st.daysAbsent[i] >= 0.1 * days;
            acc.add(g, st.flags[i], st.quartile[i], zm, zr, masteryM == null ? 0f : masteryM[i],
                    masteryR == null ? 0f : masteryR[i], gm, gr, att, chronic, endOfYear ? st.milestones[i] : 0,
                    st.engagement[i], credits == null ? 0f : credits[i]);
        }
    }

    /**
     * Marks student {@code s} as served ({@link org.plsim.model.observe.Subgroup#SERVED}): the model calls this
     * each fall for the students a component reaches; the mark moves with the student and is never cleared.
     */
    public void markServed(int s) {
        students.flags[s] |= Students.SERVED;
    }

    // ---- SchoolView --------------------------------------------------------------------------------

    @Override public int id() { return id; }
    @Override public String type() { return type; }
    @Override public int lowGrade() { return lowGrade; }
    @Override public int highGrade() { return highGrade; }
    @Override public int size() { return students.n; }
    @Override public int grade(int s) { return students.grade[s]; }
    @Override public boolean lowIncome(int s) { return students.has(s, Students.LOW_INCOME); }
    @Override public boolean englishLearner(int s) { return students.has(s, Students.ENGLISH_LEARNER); }
    @Override public boolean disability(int s) { return students.has(s, Students.DISABILITY); }
    @Override public double engagement(int s) { return students.engagement[s]; }
    /** The chance the weekly draw uses: a multiple of 1/4096 ({@link AbsenceChance}). */
    @Override public double absenceRate(int s) { return AbsenceChance.chance(students.absenceThreshold[s]); }
    @Override public int daysAbsent(int s) { return students.daysAbsent[s]; }
    @Override public int teacherOf(int s) { return students.teacher[s]; }
    @Override public int teacherCount() { return staff.size; }
    @Override public int teacherExperience(int t) { return staff.experience[t]; }
    @Override public double counselors() { return counselorFte; }

    @Override public int priorQuartile(int s) { return students.quartile[s] + 1; }
    @Override public int teacherGrade(int t) { return staff.gradeTaught[t]; }
    @Override public int teacherTenure(int t) { return staff.tenure[t]; }

    @Override
    public Network teacherNetwork() {
        if (teacherNetwork == null) {
            teacherNetwork = buildTeacherNetwork();
        }
        return teacherNetwork;
    }

    @Override public double collaboration() { return collaboration; }
    @Override public void setCollaboration(double v) { collaboration = Math.max(0, Math.min(1, v)); }
    // Readers see 0 without grant signals (a business-as-usual arm's reach-only components read through).
    @Override public double diagnosticData(int s) { return signals == null ? 0f : signals.diagnostic[s]; }
    @Override public void setDiagnosticData(int s, double v) { signals.diagnostic[s] = (float) clamp01(v); }
    @Override public double mentoring(int s) { return signals == null ? 0f : signals.mentoring[s]; }
    @Override public void setMentoring(int s, double v) { signals.mentoring[s] = (float) clamp01(v); }
    @Override public double learningPlan(int s) { return signals == null ? 0f : signals.learningPlan[s]; }
    @Override public void setLearningPlan(int s, double v) { signals.learningPlan[s] = (float) clamp01(v); }
    @Override
    public void askStudentMinutes(int s, double m) {
        final float[] asked = signals.askedMinutes;
        asked[s] += (float) Math.max(0, m);
        if (sharesCurrent) {
            shares[s] = timeBudget.share(asked[s], students.teacher[s]);
        }
    }

    @Override
    public void askTeacherHours(int t, double hours) {
        timeBudget.askTeacherHours(t, hours);
        sharesCurrent = false;
    }

    /** {@link TimeBudget#share} of the student's asks, read from {@link #shares} (worked out for all at once). */
    @Override
    public double timeShare(int s) {
        if (!sharesCurrent) {
            workOutShares();
        }
        return shares[s];
    }

    /** Every student's share of the year's asks so far, after an ask of a teacher's hours or in a new year. */
    private void workOutShares() {
        final Students st = students;
        if (shares == null || shares.length < st.n) {
            shares = new double[st.grade.length];
        }
        final float[] asked = signals == null ? null : signals.askedMinutes;
        for (int i = 0; i < st.n; i++) {
            shares[i] = timeBudget.share(asked == null ? 0f : asked[i], st.teacher[i]);
        }
        sharesCurrent = true;
    }

    @Override public float column(int handle, int s) { return students.columns[handle][s]; }
    @Override public void setColumn(int handle, int s, float v) { students.columns[handle][s] = v; }

    @Override
    public double alignedMastery(Subject subject, int s) {
        float extra = signals == null ? 0f : signals.mastery[subjectIndex(subject)][s];
        return achievement(subject, s) + extra;
    }

    @Override
    public void addMastery(Subject subject, int s, double sdUnits) {
        signals.mastery[subjectIndex(subject)][s] += (float) sdUnits;
    }

    @Override
    public void addAbsenceOdds(int s, double logOdds) {
        signals.absenceShift[s] += (float) logOdds;
        moveAbsenceChance(s);
    }

    @Override
    public void addCompletionOdds(int s, double logOdds) {
        signals.completionOdds[s] += (float) logOdds;
    }

    @Override
    public void addCollegeOdds(int s, double logOdds) {
        signals.collegeOdds[s] += (float) logOdds;
    }

    @Override
    public void addCollegeCredits(int s, double credits) {
        signals.collegeCredits[s] += (float) credits;
    }

    /**
     * {@code Math.max(0, Math.min(1, v))} by comparisons alone: the same double for every {@code v}, NaN and
     * −0.0 included (NaN stays NaN; −0.0 and every negative give +0.0), without the two calls' sign and NaN
     * handling (a lever per student-week uses it).
     */
    static double clamp01(double v) {
        if (v >= 1) {
            return 1;
        }
        return v > 0 ? v : (v != v ? v : 0);
    }

    @Override
    public double achievement(Subject subject, int s) {
        int k = subjectIndex(subject);
        if (normElapsed != elapsed) {
            workOutNorms();
        }
        return students.score[k][s] - normNow[k][students.grade[s]];
    }

    /** {@link #normNow} at {@link #elapsed} weeks, for every grade the school might hold. */
    private void workOutNorms() {
        for (int k = 0; k < normNow.length; k++) {
            for (int g = 0; g < Grades.COUNT; g++) {
                normNow[k][g] = rule.normAt(k, g, elapsed);
            }
        }
        normElapsed = elapsed;
    }

    @Override
    public void addLearning(Subject subject, int s, double sdUnits) {
        students.score[subjectIndex(subject)][s] += sdUnits;
    }

    @Override
    public void addEngagement(int s, double delta) {
        students.engagement[s] += (float) delta;
        moveAbsenceChance(s);
    }

    /** Both levers with one absence chance worked out, not two: nothing reads the chance in between. */
    @Override
    public void addEngagementAndAbsenceOdds(int s, double engagementDelta, double absenceLogOdds) {
        students.engagement[s] += (float) engagementDelta;
        signals.absenceShift[s] += (float) absenceLogOdds;
        moveAbsenceChance(s);
    }

    /** The arrays' index of a tested subject: its ordinal (math 0, reading 1, {@link Subject#TESTED}'s order). */
    private static int subjectIndex(Subject subject) {
        int k = subject.ordinal();
        if (k > 1) {
            throw new IllegalArgumentException("a tested subject is needed: math or reading");
        }
        return k;
    }
}
