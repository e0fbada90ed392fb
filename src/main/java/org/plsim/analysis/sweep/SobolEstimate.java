package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Variance-based sensitivity indices from Saltelli's scheme: an output's values at the N rows of A, of B and
 * of each A_B^(j) (A with column j from B). With V the variance of the 2N values at A and B:
 * <ul>
 *   <li>first order, Saltelli et al. (2010): S_j = (1/N) Σ f(B)_i (f(A_B^(j))_i − f(A)_i) / V — the share of
 *       the output's variance that factor j explains alone;</li>
 *   <li>total, Jansen (1999): ST_j = (1/2N) Σ (f(A)_i − f(A_B^(j))_i)² / V — its share with all its
 *       interactions.</li>
 * </ul>
 * Intervals are bootstrap percentiles (2.5th and 97.5th) over {@code resamples} resamplings of the N rows with
 * replacement, every index of a resample from the same rows, drawn from the given stream.
 *
 * <p>Jansen, M. J. W. (1999), "Analysis of variance designs for model output", Computer Physics Communications
 * 117(1–2), 35–43. Saltelli, A. et al. (2010), Computer Physics Communications 181(2), 259–270.
 */
public final class SobolEstimate {
    /** The resamples the sweep analysis draws for its intervals. */
    public static final int RESAMPLES = 1000;

    private SobolEstimate() {
    }

    /** One factor's indices (shares of variance, unitless) with their bootstrap intervals. */
    public record Indices(double s1, double s1Low, double s1High, double st, double stLow, double stHigh) {
        /** Half the width of the total index's interval. */
        public double stHalfWidth() {
            return (stHigh - stLow) / 2;
        }
    }

    /**
     * @param a  the output at A's rows, N values
     * @param b  at B's rows
     * @param ab ab[j] at A_B^(j)'s rows, k arrays of N values
     * @return k indices in factor order; NaN throughout when the output does not vary over A and B
     */
    public static List<Indices> of(double[] a, double[] b, double[][] ab, int resamples, SplittableRandom random) {
        int n = a.length;
        int k = ab.length;
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        double[][] point = indices(a, b, ab, all);
        double[][][] boot = new double[resamples][][];
        int[] rows = new int[n];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < n; i++) {
                rows[i] = random.nextInt(n);
            }
            boot[r] = indices(a, b, ab, rows);
        }
        List<Indices> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            final int jj = j;
            double[] s1 = Arrays.stream(boot).mapToDouble(x -> x[0][jj]).toArray();
            double[] st = Arrays.stream(boot).mapToDouble(x -> x[1][jj]).toArray();
            out.add(new Indices(point[0][j], percentile(s1, 0.025), percentile(s1, 0.975),
                    point[1][j], percentile(st, 0.025), percentile(st, 0.975)));
        }
        return out;
    }

    /**
     * {@link #of} for outputs in design-point order ({@code SobolDesign}: each base sample's A, B and k rows of
     * A_B in turn): the first {@code n(k + 2)} of {@code y} are split into A, B and A_B and estimated.
     */
    public static List<Indices> ofDesignOrder(double[] y, int k, int n, int resamples, SplittableRandom random) {
        double[] a = new double[n];
        double[] b = new double[n];
        double[][] ab = new double[k][n];
        for (int p = 0; p < n * (k + 2); p++) {
            int i = p / (k + 2);
            int role = p % (k + 2);
            if (role == 0) {
                a[i] = y[p];
            } else if (role == 1) {
                b[i] = y[p];
            } else {
                ab[role - 2][i] = y[p];
            }
        }
        return of(a, b, ab, resamples, random);
    }

    /** {first-order[k], total[k]} over the given rows (repeats allowed). */
    private static double[][] indices(double[] a, double[] b, double[][] ab, int[] rows) {
        int n = rows.length;
        double sum = 0;
        for (int i : rows) {
            sum += a[i] + b[i];
        }
        double mean = sum / (2.0 * n);
        double v = 0;
        for (int i : rows) {
            v += (a[i] - mean) * (a[i] - mean) + (b[i] - mean) * (b[i] - mean);
        }
        v /= 2.0 * n;
        double[][] out = new double[2][ab.length];
        for (int j = 0; j < ab.length; j++) {
            double first = 0;
            double total = 0;
            for (int i : rows) {
                double d = ab[j][i] - a[i];
                first += b[i] * d;
                total += d * d;
            }
            out[0][j] = v > 0 ? first / n / v : Double.NaN;
            out[1][j] = v > 0 ? total / (2.0 * n) / v : Double.NaN;
        }
        return out;
    }

    /** The q-quantile by the nearest rank of the sorted finite values; NaN when there are none. */
    static double percentile(double[] values, double q) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }
}
