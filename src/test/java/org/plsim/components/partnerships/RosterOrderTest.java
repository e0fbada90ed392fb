package org.plsim.components.partnerships;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seats by need are given in the order the boxed sort gave them (stable, {@link Double#compare}), so moving
 * to primitive keys changed no roster: checked against {@code Arrays.sort} with a comparator on many
 * shuffled pools with ties, signed zeros and gaps in the indices.
 */
class RosterOrderTest {
    @Test
    void byNeed_ordersAsTheStableBoxedSort() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = rng.nextInt(1, 300);
            double[] key = new double[n];
            for (int i = 0; i < n; i++) {
                int kind = rng.nextInt(6);
                key[i] = kind == 0 ? 0.0 : kind == 1 ? -0.0 : kind == 2 ? rng.nextInt(4) * 0.5 : rng.nextGaussian();
            }
            int[] candidates = java.util.stream.IntStream.range(0, n).filter(i -> rng.nextInt(4) > 0).toArray();
            Integer[] boxed = Arrays.stream(candidates).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, Comparator.comparingDouble((Integer i) -> key[i]));
            assertArrayEquals(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(),
                    Roster.byNeed(candidates, key));
        }
    }
}
