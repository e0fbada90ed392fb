package org.plsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RandomFloorTest {

    /** Counts what is drawn from it, by kind, and hands the draws on from a real generator. */
    private static final class CountingGenerator implements RandomGenerator {
        private final SplittableRandom inner = new SplittableRandom(7);
        long gaussians;
        long longs;
        long others;

        @Override public double nextGaussian() { gaussians++; return inner.nextGaussian(); }
        @Override public long nextLong() { longs++; return inner.nextLong(); }
        @Override public int nextInt() { others++; return inner.nextInt(); }
        @Override public double nextDouble() { others++; return inner.nextDouble(); }
    }

    @Test
    void floor_makesOneGaussianAndOneLongPerStudentWeek_andNothingElse() {
        CountingGenerator rng = new CountingGenerator();
        RandomFloor.draw(rng, 1_234, 37);
        long studentWeeks = 1_234L * 37;
        assertEquals(studentWeeks, rng.gaussians);
        assertEquals(studentWeeks, rng.longs);
        assertEquals(0, rng.others);
        assertEquals(RandomFloor.DRAWS_PER_STUDENT_WEEK * studentWeeks, rng.gaussians + rng.longs);
    }

    @Test
    void floor_resultDependsOnTheDraws_soTheJitCannotDropThem() {
        long a = RandomFloor.draw(new SplittableRandom(1), 100, 3);
        long b = RandomFloor.draw(new SplittableRandom(1), 100, 3);
        long c = RandomFloor.draw(new SplittableRandom(2), 100, 3);
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void timedFloor_countsStudentsTimesWeeks_allAsWeeklyStepping() {
        RunTiming t = RandomFloor.time(1, 500, 144);
        assertEquals(72_000, t.studentWeeks());
        assertEquals(t.studentWeeks(), t.ordinaryStudentWeeks());
        assertEquals(0, t.buildNanos());
    }
}
