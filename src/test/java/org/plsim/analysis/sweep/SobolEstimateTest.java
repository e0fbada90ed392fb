package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.plsim.experiment.sweep.design.SobolDesign;

/**
 * Known answers: the estimators on Saltelli's design against the analytic indices of the Ishigami function
 * (a = 7, b = 0.1) and of Sobol's G function, to within {@value #TOLERANCE} at N = {@value #N} base samples.
 */
class SobolEstimateTest {
    static final int N = 4096;
    static final double TOLERANCE = 0.03;

    @Test
    void ishigami_matchesItsAnalyticIndices() {
        double a = 7;
        double b = 0.1;
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = b * pi4 / 5 + b * b * pi8 / 50 + 0.5;
        double v2 = a * a / 8;
        double v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        List<SobolEstimate.Indices> got = estimate(3, x -> {
            double x1 = -Math.PI + 2 * Math.PI * x[0];
            double x2 = -Math.PI + 2 * Math.PI * x[1];
            double x3 = -Math.PI + 2 * Math.PI * x[2];
            return Math.sin(x1) + a * Math.pow(Math.sin(x2), 2) + b * Math.pow(x3, 4) * Math.sin(x1);
        });
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        assertIndices(s1, st, got);
        assertEquals(0.3139, s1[0], 1e-4, "the published S1 of x1");
        assertEquals(0.2437, st[2], 1e-4, "the published ST of x3");
    }

    @Test
    void sobolG_matchesItsAnalyticIndices() {
        double[] coefficients = {0, 1, 4.5, 9, 99, 99};
        int k = coefficients.length;
        double[] vi = new double[k];
        double product = 1;
        for (int j = 0; j < k; j++) {
            vi[j] = 1 / (3 * Math.pow(1 + coefficients[j], 2));
            product *= 1 + vi[j];
        }
        double v = product - 1;
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int j = 0; j < k; j++) {
            s1[j] = vi[j] / v;
            st[j] = vi[j] * product / (1 + vi[j]) / v;
        }
        List<SobolEstimate.Indices> got = estimate(k, x -> {
            double g = 1;
            for (int j = 0; j < k; j++) {
                g *= (Math.abs(4 * x[j] - 2) + coefficients[j]) / (1 + coefficients[j]);
            }
            return g;
        });
        assertIndices(s1, st, got);
    }

    @Test
    void aFactorTheOutputDoesNotRead_hasZeroIndicesAndATightInterval() {
        List<SobolEstimate.Indices> got = estimate(3, x -> x[0] + 2 * x[1] * x[1]);
        assertEquals(0, got.get(2).st(), 0);
        assertEquals(0, got.get(2).s1(), 0);
        assertEquals(0, got.get(2).stHigh(), 0);
    }

    @Test
    void sameStream_sameIntervals_anotherSeed_otherIntervals() {
        double[][] u = SobolDesign.unitPoints(2, 64);
        double[] a = new double[64];
        double[] b = new double[64];
        double[][] ab = new double[2][64];
        split(u, 2, x -> x[0] * x[1] + x[0], a, b, ab);
        var one = SobolEstimate.of(a, b, ab, 200, new SplittableRandom(7));
        var again = SobolEstimate.of(a, b, ab, 200, new SplittableRandom(7));
        var other = SobolEstimate.of(a, b, ab, 200, new SplittableRandom(8));
        assertEquals(one, again);
        assertTrue(!one.equals(other), "another bootstrap seed draws other rows");
        assertEquals(one.get(0).st(), other.get(0).st(), 0, "the point estimate does not depend on the draws");
    }

    @Test
    void constantOutput_givesNoIndices() {
        List<SobolEstimate.Indices> got = estimate(2, x -> 1.5);
        assertTrue(Double.isNaN(got.get(0).s1()) && Double.isNaN(got.get(1).st()));
    }

    private static List<SobolEstimate.Indices> estimate(int k, ToDoubleFunction<double[]> f) {
        double[][] u = SobolDesign.unitPoints(k, N);
        double[] a = new double[N];
        double[] b = new double[N];
        double[][] ab = new double[k][N];
        split(u, k, f, a, b, ab);
        return SobolEstimate.of(a, b, ab, 100, new SplittableRandom(1));
    }

    private static void split(double[][] u, int k, ToDoubleFunction<double[]> f, double[] a, double[] b,
                              double[][] ab) {
        for (int p = 0; p < u.length; p++) {
            int i = p / (k + 2);
            int role = SobolDesign.role(p, k);
            double y = f.applyAsDouble(u[p]);
            if (role == 0) {
                a[i] = y;
            } else if (role == 1) {
                b[i] = y;
            } else {
                ab[role - 2][i] = y;
            }
        }
    }

    private static void assertIndices(double[] s1, double[] st, List<SobolEstimate.Indices> got) {
        for (int j = 0; j < s1.length; j++) {
            assertEquals(s1[j], got.get(j).s1(), TOLERANCE, "S1 of factor " + (j + 1));
            assertEquals(st[j], got.get(j).st(), TOLERANCE, "ST of factor " + (j + 1));
            assertTrue(got.get(j).stLow() <= got.get(j).st() + 1e-12 && got.get(j).st() <= got.get(j).stHigh() + 1e-12,
                    "ST inside its interval");
        }
    }
}
