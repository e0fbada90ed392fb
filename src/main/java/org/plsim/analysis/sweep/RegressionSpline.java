package org.plsim.analysis.sweep;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * A least-squares cubic regression spline of y on one x: the smoother of the regression estimator of partial
 * value of information (Strong, Oakley &amp; Brennan 2014), which needs E[y | x] at each draw, not a model of y.
 * The basis is 1, z, z², z³ and (z − κ)³₊ at interior knots κ on the quantiles of z (x standardized), with
 * fewer columns for fewer draws so the fit cannot chase noise: a straight line under 50 draws, a cubic under
 * 100, then one knot per 100 draws up to 5. A basis the x values cannot support (too few distinct values) drops
 * its last columns until it can.
 */
public final class RegressionSpline {
    private static final int MAX_KNOTS = 5;

    private RegressionSpline() {
    }

    /** Columns of the basis used for {@code draws} draws (its degrees of freedom, intercept included). */
    public static int columns(int draws) {
        return draws < 50 ? 2 : draws < 100 ? 4 : 4 + Math.min(MAX_KNOTS, draws / 100);
    }

    /**
     * The fitted values E[y | x] at each draw.
     *
     * @throws IllegalArgumentException when x and y differ in length or hold a non-finite value
     */
    public static double[] fitted(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y: " + x.length + " and " + y.length + " values");
        }
        if (Arrays.stream(x).anyMatch(v -> !Double.isFinite(v)) || Arrays.stream(y).anyMatch(v -> !Double.isFinite(v))) {
            throw new IllegalArgumentException("x and y: a value is not a finite number");
        }
        double mean = Arrays.stream(x).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, x.length));
        if (x.length < 3 || !(sd > 0)) {
            double[] flat = new double[y.length];
            Arrays.fill(flat, Arrays.stream(y).average().orElse(0));
            return flat;
        }
        double[] z = Arrays.stream(x).map(v -> (v - mean) / sd).toArray();
        for (int k = columns(x.length); k >= 2; k--) {
            try {
                return fit(z, y, k);
            } catch (SingularMatrixException e) {
                // fewer columns: the next, smaller basis
            }
        }
        throw new IllegalStateException("a straight line fits any two distinct x values");
    }

    private static double[] fit(double[] z, double[] y, int columns) {
        double[][] basis = basis(z, columns);
        Array2DRowRealMatrix design = new Array2DRowRealMatrix(basis, false);
        RealVector beta = new QRDecomposition(design, 1e-10).getSolver().solve(new ArrayRealVector(y, false));
        return design.operate(beta).toArray();
    }

    private static double[][] basis(double[] z, int columns) {
        int knots = Math.max(0, columns - 4);
        double[] sorted = z.clone();
        Arrays.sort(sorted);
        double[] kappa = new double[knots];
        for (int j = 0; j < knots; j++) {
            kappa[j] = sorted[(int) Math.floor((j + 1.0) / (knots + 1) * (sorted.length - 1))];
        }
        double[][] out = new double[z.length][columns];
        for (int i = 0; i < z.length; i++) {
            double v = z[i];
            double[] row = out[i];
            row[0] = 1;
            for (int c = 1; c < Math.min(columns, 4); c++) {
                row[c] = row[c - 1] * v;
            }
            for (int j = 0; j < knots; j++) {
                double t = Math.max(0, v - kappa[j]);
                row[4 + j] = t * t * t;
            }
        }
        return out;
    }
}
