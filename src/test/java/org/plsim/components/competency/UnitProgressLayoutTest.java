package org.plsim.components.competency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.plsim.components.common.Fidelity;
import org.plsim.components.common.Implementation;
import org.plsim.components.common.Rollout;
import org.plsim.model.observe.Subject;

/**
 * The unit cycle with a student's state side by side, the time share read only for a corrective round and one
 * exp where a unit's rate is business as usual's gives, bit for bit, what the eleven-array cycle gave: the same
 * credits, draws, tallies and year totals, over three years of a few hundred students whose achievement,
 * diagnostic data and time share vary.
 */
class UnitProgressLayoutTest {
    private static Term term(MasteryModel m, double intensity, double paceSupport, int rounds) {
        Implementation impl = new Implementation(true, new Rollout(List.of(), 0, 12, 1, 1.0),
                new Fidelity(1, 1, 0), 4, 1.0, 0.5);
        CompetencyPlan plan = new CompetencyPlan(impl, List.of(Subject.MATH), 9, 0.8, 0.8, paceSupport, rounds,
                30, 0.5);
        return new Term(m, plan, 4.0, 36.0, intensity);
    }

    @Test
    void sideBySideCycle_givesTheElevenArrayCyclesBits() {
        SplittableRandom setup = new SplittableRandom(2026);
        int n = 300;
        double[] z = new double[n];
        double[] share = new double[n];
        double[] strength = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = setup.nextGaussian();
            share[i] = i % 3 == 0 ? 1.0 : setup.nextDouble(0.3, 1.0);
            strength[i] = setup.nextDouble(0.1, 1.0);
        }
        TinySchool before = new TinySchool(z);
        TinySchool after = new TinySchool(z);
        System.arraycopy(share, 0, before.share, 0, n);
        System.arraycopy(share, 0, after.share, 0, n);
        MasteryModel m = new MasteryModel(0.75, 0.6, 0.15, 2.0, 0.5, 0.25, 0.5);
        ElevenArrayUnitProgress old = new ElevenArrayUnitProgress(Subject.MATH, n);
        UnitProgress now = new UnitProgress(Subject.MATH, n);
        SplittableRandom oldRng = new SplittableRandom(5);
        SplittableRandom newRng = new SplittableRandom(5);
        double[] carried = new double[n];
        for (int year = 0; year < 3; year++) {
            Term t = term(m, 0.55 + 0.2 * year, 0.3, 2);
            old = old.forYear(n);
            now = now.forYear(n);
            // first units without carried mastery (year 0, every fifth student) take the one-exp path
            for (int i = 0; i < n; i++) {
                if (i % 7 != 3) {   // some students not served this year: their carry stays 0 next year
                    double c = i % 5 == 0 ? 0.0 : carried[i];
                    old.start(t, before, i, c, oldRng);
                    now.start(t, after, i, c, newRng);
                }
            }
            for (int week = 1; week <= 36; week++) {
                for (int i = 0; i < n; i++) {
                    double growth = 0.01 * setup.nextGaussian();   // business-as-usual growth, the same in both
                    before.achievement[i] += growth;
                    after.achievement[i] += growth;
                    double data = setup.nextDouble() < 0.5 ? 0 : setup.nextDouble();
                    before.diagnostic[i] = data;
                    after.diagnostic[i] = data;
                    if (old.served(i)) {
                        old.catchUp(t, before, i, week, strength[i] * before.timeShare(i), oldRng);
                        now.catchUp(t, after, i, week, strength[i], newRng);
                        assertEquals(old.nextEvent(t, i), now.nextEvent(t, i), "next event of " + i);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                assertEquals(old.served(i), now.served(i));
                if (old.served(i)) {
                    double a = old.close(t, before, i);
                    double b = now.close(t, after, i);
                    assertEquals(Double.doubleToLongBits(a), Double.doubleToLongBits(b), "year credit of " + i);
                    carried[i] = (float) a;
                }
            }
            assertArrayEquals(before.mastery, after.mastery, 0.0, "aligned mastery, year " + year);
            assertArrayEquals(before.learning, after.learning, 0.0, "transferable learning, year " + year);
            assertEquals(oldRng.nextLong(), newRng.nextLong(), "the same draws, year " + year);
            for (long[] pair : new long[][] {{old.tally.checks, now.tally.checks},
                    {old.tally.falsePasses, now.tally.falsePasses},
                    {old.tally.correctiveRounds, now.tally.correctiveRounds},
                    {old.tally.movedOnUnmastered, now.tally.movedOnUnmastered},
                    {old.tally.students, now.tally.students}, {old.tally.behind, now.tally.behind}}) {
                assertEquals(pair[0], pair[1], "tally, year " + year);
            }
            assertEquals(Double.doubleToLongBits(old.tally.weeksBehind), Double.doubleToLongBits(now.tally.weeksBehind));
        }
    }

    /**
     * Two subjects in one array ({@link UnitProgress#forSubjects}, counters packed beside the numbers) give each
     * subject's bits as two eleven-array cycles do, visited in the same order, through years in which the school
     * grows (new arrays) and shrinks (the same arrays, cleared).
     */
    @Test
    void subjectsSideBySide_giveEachSubjectsOwnCycleBits() {
        SplittableRandom setup = new SplittableRandom(77);
        int most = 320;
        double[] z = new double[most];
        double[] strength = new double[most];
        for (int i = 0; i < most; i++) {
            z[i] = setup.nextGaussian();
            strength[i] = setup.nextDouble(0.1, 1.0);
        }
        TinySchool before = new TinySchool(z);
        TinySchool after = new TinySchool(z);
        for (int i = 0; i < most; i++) {
            double share = i % 4 == 0 ? 1.0 : setup.nextDouble(0.3, 1.0);
            before.share[i] = share;
            after.share[i] = share;
        }
        MasteryModel m = new MasteryModel(0.75, 0.6, 0.15, 2.0, 0.5, 0.25, 0.5);
        List<Subject> subjects = List.of(Subject.MATH, Subject.READING);
        ElevenArrayUnitProgress[] old = null;
        UnitProgress[] now = null;
        SplittableRandom oldRng = new SplittableRandom(9);
        SplittableRandom newRng = new SplittableRandom(9);
        double[][] carried = new double[2][most];
        int[] sizes = {200, 290, 250, 320};
        for (int year = 0; year < sizes.length; year++) {
            int n = sizes[year];
            Term t = term(m, 0.45 + 0.15 * year, 0.2 * year, year);
            if (old == null) {
                old = new ElevenArrayUnitProgress[] {new ElevenArrayUnitProgress(Subject.MATH, n),
                        new ElevenArrayUnitProgress(Subject.READING, n)};
                now = UnitProgress.forSubjects(subjects, n);
            } else {
                old = new ElevenArrayUnitProgress[] {old[0].forYear(n), old[1].forYear(n)};
                now = UnitProgress.forYear(now, n);
            }
            for (int i = 0; i < n; i++) {
                if (i % 6 != year) {
                    for (int s = 0; s < 2; s++) {
                        double c = i % 5 == 0 ? 0.0 : carried[s][i];
                        old[s].start(t, before, i, c, oldRng);
                        now[s].start(t, after, i, c, newRng);
                    }
                }
            }
            for (int week = 1; week <= 36; week++) {
                for (int i = 0; i < n; i++) {
                    double growth = 0.01 * setup.nextGaussian();
                    before.achievement[i] += growth;
                    after.achievement[i] += growth;
                    double data = setup.nextDouble() < 0.5 ? 0 : setup.nextDouble();
                    before.diagnostic[i] = data;
                    after.diagnostic[i] = data;
                    for (int s = 0; s < 2; s++) {
                        assertEquals(old[s].served(i), now[s].served(i), "served " + i);
                        if (old[s].served(i)) {
                            old[s].catchUp(t, before, i, week, strength[i] * before.timeShare(i), oldRng);
                            now[s].catchUp(t, after, i, week, strength[i], newRng);
                            assertEquals(old[s].nextEvent(t, i), now[s].nextEvent(t, i), "next event of " + i);
                        }
                    }
                }
            }
            for (int s = 0; s < 2; s++) {
                for (int i = 0; i < n; i++) {
                    if (old[s].served(i)) {
                        double a = old[s].close(t, before, i);
                        double b = now[s].close(t, after, i);
                        assertEquals(Double.doubleToLongBits(a), Double.doubleToLongBits(b), "year credit of " + i);
                        carried[s][i] = (float) a;
                    }
                }
                assertEquals(old[s].tally.checks, now[s].tally.checks, "checks, year " + year);
                assertEquals(old[s].tally.correctiveRounds, now[s].tally.correctiveRounds, "rounds, year " + year);
                assertEquals(old[s].tally.falsePasses, now[s].tally.falsePasses, "false passes, year " + year);
                assertEquals(old[s].tally.movedOnUnmastered, now[s].tally.movedOnUnmastered, "moved on, year " + year);
                assertEquals(Double.doubleToLongBits(old[s].tally.weeksBehind),
                        Double.doubleToLongBits(now[s].tally.weeksBehind), "weeks behind, year " + year);
            }
            assertArrayEquals(before.mastery, after.mastery, 0.0, "aligned mastery, year " + year);
            assertArrayEquals(before.learning, after.learning, 0.0, "transferable learning, year " + year);
            assertEquals(oldRng.nextLong(), newRng.nextLong(), "the same draws, year " + year);
        }
        assertTrue(old[0].tally.correctiveRounds > 0 && old[1].tally.movedOnUnmastered > 0, "the cycle's paths run");
    }
}
