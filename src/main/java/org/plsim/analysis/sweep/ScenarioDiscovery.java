package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.plsim.model.observe.Measure;

/**
 * Scenario discovery on a sweep's runs: each run (design point × replicate) is one case, described by its
 * point's factor values (plan settings and {@code evidence.*} parameters alike) and marked a success when it
 * passes the {@link ScenarioRule}; PRIM then finds the box of factor values where successes concentrate.
 * Runs that did not report the rule's outcome are left out; factors that are not numbers at every point, or
 * never vary, are not peeled on.
 */
public final class ScenarioDiscovery {
    private ScenarioDiscovery() {
    }

    /** The cases and PRIM's trajectory over them. */
    public record Found(ScenarioRule rule, int runs, int successes, PeelingTrajectory trajectory) {
    }

    /**
     * @throws IllegalArgumentException when the sweep did not keep the rule's outcome, kept no costs for a cost
     *                                  ceiling, or has no factor that varies as a number
     */
    public static Found of(Design design, SweepRuns runs, ScenarioRule rule, double alpha, double minSupport) {
        SweepRuns.Cells cells = runs.cells(rule.year(), rule.subject(), rule.group(), Measure.ACHIEVEMENT)
                .orElseThrow(() -> new IllegalArgumentException("the sweep kept no " + rule.subject().label()
                        + " achievement for " + rule.group().label() + " students in year " + rule.year()));
        boolean costed = !Double.isNaN(rule.costMax());
        if (costed && !runs.hasCosts()) {
            throw new IllegalArgumentException("cost ceiling: the sweep kept no costs (allowed only when its outputs.measures hold "
                    + "cost_per_student)");
        }
        int[] factors = IntStream.range(0, design.factors().size()).filter(design::isNumeric).toArray();
        if (factors.length == 0) {
            throw new IllegalArgumentException("factors: the sweep has no factor that varies as a number (found: "
                    + design.factors() + ")");
        }
        CostToDate costs = new CostToDate(runs);
        List<double[]> x = new ArrayList<>();
        List<Boolean> success = new ArrayList<>();
        for (int p = 0; p < design.points(); p++) {
            double[] cost = costed ? costs.byReplicate(p, rule.year()) : null;
            for (int r = 0; r < runs.replicates(); r++) {
                double effect = cells.effect()[p][r];
                if (Double.isNaN(effect)) {
                    continue;
                }
                final int pp = p;
                x.add(IntStream.of(factors).mapToDouble(f -> design.levels()[pp][f]).toArray());
                success.add(rule.passes(effect, costed ? cost[r] / rule.year() : Double.NaN));
            }
        }
        boolean[] s = new boolean[success.size()];
        int hits = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = success.get(i);
            hits += s[i] ? 1 : 0;
        }
        List<String> names = IntStream.of(factors).mapToObj(design.factors()::get).toList();
        return new Found(rule, s.length, hits,
                Prim.peel(names, x.toArray(double[][]::new), s, alpha, minSupport));
    }
}
