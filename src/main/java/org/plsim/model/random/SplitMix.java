package org.plsim.model.random;

import java.util.SplittableRandom;

/**
 * The JDK's seeded {@link SplittableRandom} as plain arithmetic, for loops that draw a {@code long} per
 * student: a generator made with {@code new SplittableRandom(seed)} has state {@code seed}, adds
 * {@link #GAMMA} per draw and returns {@link RandomStreams#mix64} of the new state. {@link #stateAfter}
 * recovers the state from a draw (the mix is a bijection), so a loop can keep the state in a register and
 * hand back {@code new SplittableRandom(state)} to continue the same stream: the same draws, without a
 * field update per draw. {@link #MATCHES_JDK} checks all this against the running JDK once; callers fall
 * back to the generator itself if it ever fails.
 */
public final class SplitMix {
    /** The increment of every generator made by {@code new SplittableRandom(seed)}. */
    public static final long GAMMA = 0x9e3779b97f4a7c15L;
    /** Whether this JDK's SplittableRandom is the one described here. */
    public static final boolean MATCHES_JDK = check();

    private SplitMix() {
    }

    /** The state a seeded generator is in right after returning {@code draw}. */
    public static long stateAfter(long draw) {
        long z = draw ^ (draw >>> 31) ^ (draw >>> 62);
        z *= 0x319642b2d24d8ec3L; // inverse of 0x94d049bb133111eb modulo 2^64
        z = z ^ (z >>> 27) ^ (z >>> 54);
        z *= 0x96de1b173f119089L; // inverse of 0xbf58476d1ce4e5b9
        return z ^ (z >>> 30) ^ (z >>> 60);
    }

    private static boolean check() {
        for (long seed : new long[] {0L, 1L, -7L, 0x5DEECE66DL, Long.MIN_VALUE}) {
            SplittableRandom jdk = new SplittableRandom(seed);
            jdk.nextGaussian();
            long draw = jdk.nextLong();
            long state = stateAfter(draw);
            if (RandomStreams.mix64(state) != draw) {
                return false;
            }
            SplittableRandom resumed = new SplittableRandom(state);
            for (int i = 0; i < 4; i++) {
                state += GAMMA;
                long expected = jdk.nextLong();
                if (RandomStreams.mix64(state) != expected || resumed.nextLong() != expected) {
                    return false;
                }
            }
        }
        return true;
    }
}
