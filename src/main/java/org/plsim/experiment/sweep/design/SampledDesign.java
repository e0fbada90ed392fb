package org.plsim.experiment.sweep.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Designs that draw n points from the factors' ranges, from the sweep seed's {@code design} stream.
 * <ul>
 *   <li>Latin hypercube (McKay, Beckman &amp; Conover 1979): each factor's range is cut into n equal strata
 *       and each stratum holds exactly one point — a random permutation of the strata per factor, a uniform
 *       draw within each stratum. Draws: per factor in order, its permutation, then its n offsets.</li>
 *   <li>Random: every factor uniform over its range, independently. Draws: point by point, factor by
 *       factor.</li>
 * </ul>
 * A whole-number factor maps [0, 1) onto its whole numbers in equal shares ({@link Factor#sample}).
 */
public final class SampledDesign {
    private SampledDesign() {
    }

    public static Expansion latinHypercube(List<Factor> factors, int n, SplittableRandom random) {
        double[][] u = new double[n][factors.size()];
        for (int j = 0; j < factors.size(); j++) {
            int[] strata = permutation(n, random);
            for (int i = 0; i < n; i++) {
                u[i][j] = (strata[i] + random.nextDouble()) / n;
            }
        }
        return points(factors, u);
    }

    public static Expansion random(List<Factor> factors, int n, SplittableRandom random) {
        double[][] u = new double[n][factors.size()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < factors.size(); j++) {
                u[i][j] = random.nextDouble();
            }
        }
        return points(factors, u);
    }

    /** A uniformly random permutation of 0 … n − 1 (Fisher–Yates). */
    static int[] permutation(int n, SplittableRandom random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private static Expansion points(List<Factor> factors, double[][] u) {
        List<DesignPoint> points = new ArrayList<>();
        for (int i = 0; i < u.length; i++) {
            Map<String, Object> settings = new LinkedHashMap<>();
            for (int j = 0; j < factors.size(); j++) {
                settings.put(factors.get(j).path(), factors.get(j).sample(Math.min(u[i][j], Math.nextDown(1.0))));
            }
            points.add(new DesignPoint(i, PointLabels.numbered("p", i, u.length), settings));
        }
        return new Expansion(points, List.of());
    }
}
