package org.plsim.bench;

import java.util.List;

/**
 * What {@code plsim bench} measures and how often.
 *
 * @param sizes        district sizes, in students, in the order measured
 * @param warmups      untimed runs of each arm before timing, so the JIT has compiled the hot loops
 * @param warmupSeconds least time those warm-up runs take together: small districts run in hundredths of
 *                     a second, too short for the JIT to finish compiling, so warm-up goes on until both
 *                     counts are met
 * @param repetitions  timed runs of the array model and of the random-number floor
 * @param masonRepetitions timed runs of the conventional MASON model (slow: fewer are affordable)
 * @param masonBudget  student-steps the conventional model may take per run: it runs as many whole years
 *                     as fit (at least one), and its rate is scaled from those — a rate needs no full run
 */
public record BenchConfig(List<Long> sizes, int warmups, double warmupSeconds, int repetitions,
                          int masonRepetitions, long masonBudget) {
    public static final List<Long> DEFAULT_SIZES = List.of(10_000L, 100_000L, 350_000L);
    public static final List<Long> QUICK_SIZES = List.of(2_000L, 5_000L);

    public BenchConfig {
        sizes = List.copyOf(sizes);
        if (sizes.isEmpty() || warmups < 0 || !(warmupSeconds >= 0) || repetitions < 1 || masonRepetitions < 1 || masonBudget < 1) {
            throw new IllegalArgumentException("a benchmark needs sizes, no negative warm-ups and at least one "
                    + "timed repetition");
        }
    }

    /** The full benchmark: 10k, 100k and 350k students, 2 warm-ups and 2 s, 5 timed runs (3 for MASON). */
    public static BenchConfig standard() {
        return new BenchConfig(DEFAULT_SIZES, 2, 2.0, 5, 3, 15_000_000L);
    }

    /** A smoke test: two small districts, one warm-up, two timed runs; numbers are not meaningful. */
    public static BenchConfig quick() {
        return new BenchConfig(QUICK_SIZES, 1, 0.0, 2, 2, 1_000_000L);
    }

    public BenchConfig withSizes(List<Long> s) {
        return new BenchConfig(s, warmups, warmupSeconds, repetitions, masonRepetitions, masonBudget);
    }

    public BenchConfig withRepetitions(int r) {
        return new BenchConfig(sizes, warmups, warmupSeconds, r, Math.min(r, masonRepetitions), masonBudget);
    }
}
