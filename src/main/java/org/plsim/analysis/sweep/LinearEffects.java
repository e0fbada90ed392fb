package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.MeanEstimate;

/**
 * Linear factor effects for the factorial, Latin-hypercube and random designs (the tornado ranking):
 * within each replicate, a least-squares fit of the points' effects on an intercept and every numeric
 * factor scaled to [0, 1]; each factor's coefficient is its effect across its design range. Needs more
 * points than coefficients and factors that are not collinear; else there is nothing to report. In a
 * balanced two-level factorial the coefficient is exactly the main effect (mean at high − mean at low).
 */
public final class LinearEffects {
    private LinearEffects() {
    }

    /** Key by key in {@link SweepRuns#ORDER}, factors in design order within a key; empty when not estimable. */
    public static List<FactorEffect> of(Design design, SweepRuns runs) {
        int[] factors = IntStream.range(0, design.factors().size()).filter(design::isNumeric).toArray();
        int n = design.points();
        if (factors.length == 0 || n <= factors.length + 1) {
            return List.of();
        }
        double[][] x = new double[n][factors.length + 1];
        for (int p = 0; p < n; p++) {
            x[p][0] = 1;
            for (int j = 0; j < factors.length; j++) {
                x[p][j + 1] = design.scaled(p, factors[j]);
            }
        }
        DecompositionSolver solver = new QRDecomposition(new Array2DRowRealMatrix(x, false), 1e-10).getSolver();
        if (!solver.isNonSingular()) {
            return List.of();
        }
        List<FactorEffect> out = new ArrayList<>();
        int[] all = IntStream.range(0, n).toArray();
        for (EffectKey key : runs.keys()) {
            SweepRuns.Cells c = runs.cells(key).orElseThrow();
            List<Integer> reps = c.commonReplicates(all);
            if (reps.isEmpty()) {
                continue;
            }
            double[][] y = new double[n][reps.size()];
            for (int p = 0; p < n; p++) {
                for (int i = 0; i < reps.size(); i++) {
                    y[p][i] = c.effect()[p][reps.get(i)];
                }
            }
            RealMatrix b = solver.solve(new Array2DRowRealMatrix(y, false));
            for (int j = 0; j < factors.length; j++) {
                int f = factors[j];
                out.add(new FactorEffect(design.factors().get(f), key, design.min(f), design.max(f),
                        MeanEstimate.of(b.getRow(j + 1))));
            }
        }
        return out;
    }
}
