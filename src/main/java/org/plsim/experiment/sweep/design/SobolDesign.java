package org.plsim.experiment.sweep.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for variance-based (Sobol) sensitivity indices. The first N points of a Sobol
 * quasi-random sequence in 2k dimensions (Commons Math's {@link SobolSequenceGenerator}, Joe–Kuo direction
 * numbers, unscrambled, from its first point) give two N × k matrices on the unit cube: A (the first k
 * coordinates) and B (the last k). Each base sample i then yields k + 2 design points, in this order: its row
 * of A, its row of B, and the k rows of A_B^(j) — A's row with column j taken from B (j = 1 … k). So the design
 * has N(k + 2) points, and point {@code i(k + 2) + r} is role r of sample i (see {@link #role}).
 *
 * <p>Row-major order has a useful property: the design for N is the first N(k + 2) points of the design for
 * 2N (a Sobol sequence extends), so doubling N only adds runs. No random draws: the sequence is fixed.
 *
 * <p>Saltelli, A. (2002), "Making best use of model evaluations to compute sensitivity indices", Computer
 * Physics Communications 145(2), 280–297; Saltelli, A. et al. (2010), "Variance based sensitivity analysis of
 * model output. Design and estimator for the total sensitivity index", Computer Physics Communications
 * 181(2), 259–270.
 */
public final class SobolDesign {
    /** Most factors: 2k dimensions must fit Commons Math's bundled direction numbers (1,000 dimensions). */
    public static final int MAX_FACTORS = 500;

    private SobolDesign() {
    }

    public static Expansion expand(List<Factor> factors, int samples) {
        int k = factors.size();
        double[][] u = unitPoints(k, samples);
        List<DesignPoint> points = new ArrayList<>();
        for (int p = 0; p < u.length; p++) {
            Map<String, Object> settings = new LinkedHashMap<>();
            for (int j = 0; j < k; j++) {
                settings.put(factors.get(j).path(), factors.get(j).sample(u[p][j]));
            }
            points.add(new DesignPoint(p, label(p, k, samples), settings));
        }
        return new Expansion(points, List.of());
    }

    /**
     * The design on the unit cube: N(k + 2) rows of k coordinates in [0, 1), in design-point order.
     *
     * @param k       factors, 1 to {@value #MAX_FACTORS}
     * @param samples base samples N, at least 1
     */
    public static double[][] unitPoints(int k, int samples) {
        if (k < 1 || k > MAX_FACTORS || samples < 1) {
            throw new IllegalArgumentException("sobol design: k = " + k + ", N = " + samples
                    + "; allowed: k from 1 to " + MAX_FACTORS + ", N at least 1");
        }
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * k);
        double[][] out = new double[samples * (k + 2)][];
        for (int i = 0; i < samples; i++) {
            double[] x = sequence.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            for (int j = 0; j < k; j++) {
                a[j] = Math.min(x[j], Math.nextDown(1.0));
                b[j] = Math.min(x[k + j], Math.nextDown(1.0));
            }
            int base = i * (k + 2);
            out[base] = a;
            out[base + 1] = b;
            for (int j = 0; j < k; j++) {
                double[] ab = a.clone();
                ab[j] = b[j];
                out[base + 2 + j] = ab;
            }
        }
        return out;
    }

    /** A point's role within its base sample: 0 for A, 1 for B, 2 + j for A_B^(j) (factor j, 0-based). */
    public static int role(int point, int k) {
        return point % (k + 2);
    }

    /** {@code n007a}, {@code n007b}, {@code n007ab3}: base sample 7's row of A, of B, of A_B for factor 3 (1-based). */
    private static String label(int point, int k, int samples) {
        int role = role(point, k);
        String sample = PointLabels.numbered("n", point / (k + 2), samples);
        return sample + (role == 0 ? "a" : role == 1 ? "b" : "ab" + PointLabels.numbered("", role - 1, k + 1));
    }
}
