package org.plsim.bench;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The random-number floor: a loop making exactly the business-as-usual week's draws — per student-week one
 * {@code nextGaussian} (the shared weekly shock) and one {@code nextLong} (five days of absences) from a
 * {@link SplittableRandom}, the model's generator — and nothing else. No model can step students faster
 * than it can draw their random numbers, so this is the bound the model is measured against.
 *
 * <p>Every draw feeds the returned value, which the caller publishes, so the JIT cannot drop any of them.
 */
public final class RandomFloor {
    /** Draws per student-week: one Gaussian and one 64-bit integer. */
    public static final int DRAWS_PER_STUDENT_WEEK = 2;

    /** Where timed results are published, so that the loop's work is observably used. */
    private static volatile long published;

    private RandomFloor() {
    }

    /**
     * Makes {@code students × weeks} Gaussians and as many longs from {@code rng}, week by week, in the
     * model's order of students; returns a value depending on every draw.
     */
    public static long draw(RandomGenerator rng, int students, long weeks) {
        double gaussians = 0;
        long bits = 0;
        for (long w = 0; w < weeks; w++) {
            for (int i = 0; i < students; i++) {
                gaussians += rng.nextGaussian();
                bits ^= rng.nextLong();
            }
        }
        return Double.doubleToRawLongBits(gaussians) ^ bits;
    }

    /** Times the floor for {@code students} students over {@code weeks} weeks. */
    static RunTiming time(long seed, int students, long weeks) {
        SplittableRandom rng = new SplittableRandom(seed);
        long t0 = System.nanoTime();
        long result = draw(rng, students, weeks);
        long nanos = System.nanoTime() - t0;
        published ^= result;
        return RunTiming.steppingOnly(students * weeks, nanos);
    }
}
