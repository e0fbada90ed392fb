package org.plsim.components.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seats by need go to the students a stable boxed sort by need would put first ({@link Double#compare}, ties
 * in index order), though no list of students is sorted any more (a quickselect finds the cut): checked against
 * {@code Arrays.sort} with a comparator on many shuffled pools with ties, signed zeros, NaN and gaps in the
 * indices, for every seat count, the selection reusing one working array as the component does.
 */
class RosterOrderTest {
    @Test
    void giveLowest_seatsTheFirstOfTheStableBoxedSort() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = rng.nextInt(1, 300);
            double[] key = new double[n];
            for (int i = 0; i < n; i++) {
                int kind = rng.nextInt(6);
                key[i] = kind == 0 ? 0.0 : kind == 1 ? -0.0 : kind == 2 ? rng.nextInt(4) * 0.5
                        : kind == 3 && rng.nextInt(20) == 0 ? Double.NaN : rng.nextGaussian();
            }
            int[] candidates = java.util.stream.IntStream.range(0, n).filter(i -> rng.nextInt(4) > 0).toArray();
            Integer[] boxed = Arrays.stream(candidates).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, Comparator.comparingDouble((Integer i) -> key[i]));
            long[] need = Roster.needOrder(candidates, key);
            long[] work = need.clone();
            for (int count = 0; count <= candidates.length; count++) {
                boolean[] expected = new boolean[n];
                for (int k = 0; k < count; k++) {
                    expected[boxed[k]] = true;
                }
                Roster r = new Roster(n);
                r.giveLowest(candidates, need, work, count, Roster.TUTORED);
                for (int i = 0; i < n; i++) {
                    assertEquals(expected[i], r.has(i, Roster.TUTORED), "trial " + trial + ", count " + count + ", i " + i);
                }
            }
        }
    }
}
