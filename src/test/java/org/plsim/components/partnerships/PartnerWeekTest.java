package org.plsim.components.partnerships;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.plsim.components.partnerships.PartnershipPlan.Targeting;
import org.plsim.model.observe.Subject;
import org.plsim.testing.StubSchool;

/**
 * The week as passes ({@link PartnerWeek}) does, bit for bit and in the same order for each student, what the
 * one loop over the eligible students did ({@link #reference}, the component's weekly step before the passes):
 * checked on many random schools, rosters and strengths (signed zeros, negative and huge values included),
 * a whole year of weeks each, with an absence chance that follows each student's engagement and odds as the
 * model's does, so an attendance read after a move would show.
 */
class PartnerWeekTest {

    /** The component's weekly step before the passes, one loop over the eligible students. */
    static void reference(RecordingSchool school, Roster r, Strengths s, double planSteering, double[] growth,
                          boolean outreach, double flagAt, double intensity) {
        int n = Math.min(school.size(), r.size());
        for (int i : r.eligible()) {
            if (i >= n) {
                break;
            }
            double present = 1.0 - school.absenceRate(i);
            double plan = school.learningPlan(i);
            double steered = plan > 0 ? 1.0 + planSteering * plan : 1.0;
            int roles = r.roles(i);
            if ((roles & Roster.TUTORED) != 0) {
                school.addLearning(r.tutoredIn(i), i, s.tutoring() * present * steered * school.timeShare(i));
            }
            double both = s.family() * ((roles & Roster.FAMILY) != 0 ? 1 : 0)
                    + s.afterSchool() * present * steered * ((roles & Roster.AFTER_SCHOOL) != 0 ? 1 : 0)
                    + (growth != null ? TeacherNetwork.of(growth, school.teacherOf(i)) : 0);
            if (both != 0) {
                school.addLearning(Subject.MATH, i, both);
                school.addLearning(Subject.READING, i, both);
            }
            double engagement = s.bonding() * ((roles & Roster.AFTER_SCHOOL) != 0 ? 1 : 0)
                    + s.mentoring() * ((roles & Roster.MENTORED) != 0 ? 1 : 0);
            if (engagement != 0) {
                school.addEngagement(i, engagement);
            }
            if (outreach && school.daysAbsent(i) >= flagAt && r.flag(i)) {
                school.addAbsenceOdds(i, s.outreachOdds());
                school.setMentoring(i, Math.max(school.mentoring(i), intensity));
            }
        }
    }

    @Test
    void passes_doWhatTheOneLoopDid_bitForBit_studentByStudent() {
        SplittableRandom rng = new SplittableRandom(12);
        int splitTrials = 0;
        for (int trial = 0; trial < 300; trial++) {
            int n = rng.nextInt(1, 120);
            RecordingSchool a = RecordingSchool.random(n, rng);
            RecordingSchool b = a.copy();
            PartnershipPlan plan = new PartnershipPlan(rng.nextInt(0, 101), 1.5, rng.nextInt(0, 101),
                    rng.nextInt(0, 61), rng.nextDouble(), true, 0.1, 4, true,
                    rng.nextBoolean() ? Targeting.RANDOM : Targeting.NEED, 0);
            boolean[] eligible = new boolean[n];
            for (int i = 0; i < n; i++) {
                eligible[i] = rng.nextInt(5) > 0;
            }
            long seed = rng.nextLong();
            Roster ra = Roster.allocate(a, i -> eligible[i], plan, new SplittableRandom(seed));
            Roster rb = Roster.allocate(b, i -> eligible[i], plan, new SplittableRandom(seed));
            // One trial in four has an after-school dose that can overflow: every student takes the one-loop path.
            boolean huge = rng.nextInt(4) == 0;
            Strengths s = new Strengths(value(rng), huge ? 2 + rng.nextDouble() : value(rng), value(rng),
                    value(rng), value(rng), value(rng));
            double steering = huge ? Double.MAX_VALUE : value(rng);
            double[] growth = rng.nextInt(4) == 0 ? null : growth(rng, a.teachers);
            double intensity = rng.nextDouble();
            PartnerWeek week = PartnerWeek.plan(a, ra, s, steering, growth);
            splitTrials += Double.isFinite(Math.abs(s.afterSchool()) * (1.0 + Math.abs(steering))) ? 1 : 0;
            for (int w = 0; w < 36; w++) {
                boolean outreach = w >= 4;
                double flagAt = 0.1 * 5 * (w + 1);
                week.apply(a, outreach, flagAt, intensity);
                reference(b, rb, s, steering, growth, outreach, flagAt, intensity);
                a.attend(w);
                b.attend(w);
            }
            assertArrayEquals(b.calls(), a.calls(), "trial " + trial);
            for (int i = 0; i < n; i++) {
                assertEquals(rb.roles(i), ra.roles(i), "trial " + trial + ", flags of " + i);
            }
        }
        assertTrue(splitTrials > 150 && splitTrials < 300, "both layouts tried: " + splitTrials + " of 300 split");
    }

    /** A strength: often ±0, sometimes negative, rarely huge. */
    private static double value(SplittableRandom rng) {
        return switch (rng.nextInt(8)) {
            case 0 -> 0.0;
            case 1 -> -0.0;
            case 2 -> -rng.nextDouble() * 0.01;
            case 3 -> rng.nextInt(20) == 0 ? Double.MAX_VALUE / 2 : rng.nextDouble();
            default -> rng.nextDouble() * 0.01;
        };
    }

    private static double[] growth(SplittableRandom rng, int teachers) {
        double[] g = new double[rng.nextInt(0, teachers + 2)];
        for (int t = 0; t < g.length; t++) {
            g[t] = rng.nextInt(3) == 0 ? 0.0 : rng.nextInt(10) == 0 ? -0.0 : rng.nextDouble() * 0.001;
        }
        return g;
    }

    /**
     * A school whose levers log, per student, every call and its value's bits in call order, and whose absence
     * chance (a multiple of 1/4096) follows engagement and absence log-odds at once, as the model's does.
     */
    static final class RecordingSchool extends StubSchool {
        final int teachers;
        final double[] base;
        final double[] engagement;
        final double[] odds;
        final double[] mentoring;
        final double[] plan;
        final double[] share;
        final int[] teacher;
        final int[] days;
        final double[][] score;
        final StringBuilder[] log;
        private final long[] attendanceSeeds;

        private RecordingSchool(int n, int teachers) {
            this.teachers = teachers;
            base = new double[n];
            engagement = new double[n];
            odds = new double[n];
            mentoring = new double[n];
            plan = new double[n];
            share = new double[n];
            teacher = new int[n];
            days = new int[n];
            score = new double[2][n];
            log = new StringBuilder[n];
            attendanceSeeds = new long[n];
            Arrays.setAll(log, i -> new StringBuilder());
        }

        static RecordingSchool random(int n, SplittableRandom rng) {
            RecordingSchool s = new RecordingSchool(n, rng.nextInt(1, 8));
            for (int i = 0; i < n; i++) {
                s.base[i] = -3 + rng.nextGaussian();
                s.engagement[i] = rng.nextGaussian();
                s.plan[i] = rng.nextInt(3) == 0 ? 0 : rng.nextDouble();
                s.share[i] = rng.nextInt(3) == 0 ? 1 : rng.nextDouble();
                s.teacher[i] = rng.nextInt(-1, s.teachers + 1);
                s.score[0][i] = rng.nextGaussian();
                s.score[1][i] = rng.nextGaussian();
                s.attendanceSeeds[i] = rng.nextLong();
            }
            return s;
        }

        RecordingSchool copy() {
            RecordingSchool c = new RecordingSchool(size(), teachers);
            System.arraycopy(base, 0, c.base, 0, base.length);
            System.arraycopy(engagement, 0, c.engagement, 0, base.length);
            System.arraycopy(plan, 0, c.plan, 0, base.length);
            System.arraycopy(share, 0, c.share, 0, base.length);
            System.arraycopy(teacher, 0, c.teacher, 0, base.length);
            System.arraycopy(score[0], 0, c.score[0], 0, base.length);
            System.arraycopy(score[1], 0, c.score[1], 0, base.length);
            System.arraycopy(attendanceSeeds, 0, c.attendanceSeeds, 0, base.length);
            return c;
        }

        /** The week's attendance: days absent drawn at each student's current chance (same draws in a copy). */
        void attend(int week) {
            for (int i = 0; i < size(); i++) {
                SplittableRandom r = new SplittableRandom(attendanceSeeds[i] + week);
                for (int d = 0; d < 5; d++) {
                    days[i] += r.nextDouble() < absenceRate(i) ? 1 : 0;
                }
            }
        }

        /** Each student's lever calls, in order. */
        String[] calls() {
            return Arrays.stream(log).map(StringBuilder::toString).toArray(String[]::new);
        }

        private void record(String lever, int i, double v) {
            log[i].append(lever).append(Long.toHexString(Double.doubleToRawLongBits(v))).append(';');
        }

        @Override public int size() { return base.length; }
        @Override public double absenceRate(int i) {
            double q = 1.0 / (1.0 + Math.exp(-(base[i] + odds[i] - 0.5 * engagement[i])));
            return Math.round(q * 4096) / 4096.0;
        }
        @Override public double learningPlan(int i) { return plan[i]; }
        @Override public double timeShare(int i) { return share[i]; }
        @Override public int teacherOf(int i) { return teacher[i]; }
        @Override public int teacherCount() { return teachers; }
        @Override public int daysAbsent(int i) { return days[i]; }
        @Override public double mentoring(int i) { return mentoring[i]; }
        @Override public double engagement(int i) { return engagement[i]; }
        @Override public double achievement(Subject subject, int i) { return score[k(subject)][i]; }

        @Override
        public void addLearning(Subject subject, int i, double sd) {
            score[k(subject)][i] += sd;
            record("learn" + k(subject) + ":", i, sd);
        }

        private static int k(Subject subject) {
            return subject == Subject.MATH ? 0 : 1;
        }

        @Override
        public void addEngagement(int i, double delta) {
            engagement[i] += delta;
            record("engage:", i, delta);
        }

        @Override
        public void addAbsenceOdds(int i, double logOdds) {
            odds[i] += logOdds;
            record("odds:", i, logOdds);
        }

        @Override
        public void setMentoring(int i, double level) {
            mentoring[i] = level;
            record("mentor:", i, level);
        }
    }
}
