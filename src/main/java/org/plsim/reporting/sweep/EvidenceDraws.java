package org.plsim.reporting.sweep;

import java.util.LinkedHashMap;
import java.util.Map;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.evidence.ResolvedEvidence;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.scenario.Uncertainty;

/**
 * The evidence values each replicate of a sweep ran with, drawn again: a run's values are a pure function of
 * its point's scenario and its run seed ({@link EvidenceRegistry#values(org.plsim.scenario.ScenarioSpec, long)}),
 * the same function the runs called, so {@code runs.csv} need not carry them. Kept: the parameters that are
 * the same at every point in each replicate (a design factor or override is part of a plan, not evidence to
 * learn) and take at least two values over the replicates (a fixed parameter has nothing to learn).
 */
final class EvidenceDraws {
    private EvidenceDraws() {
    }

    /**
     * @param replicates the replicates, in draw order
     * @throws IllegalArgumentException when a point holds the evidence at its central values (uncertainty: none)
     */
    static Map<String, double[]> of(SweepPlan plan, EvidenceRegistry registry, int[] replicates) {
        int points = plan.points().size();
        for (int p = 0; p < points; p++) {
            if (plan.scenario(p).uncertainty() != Uncertainty.EVIDENCE) {
                throw new IllegalArgumentException("uncertainty: point " + p + " (" + plan.points().get(p).label()
                        + ") holds the evidence at its central values; allowed: uncertainty: evidence at every point"
                        + " (set it in the sweep's set: block), so replicates draw the evidence");
            }
        }
        ResolvedEvidence[][] drawn = new ResolvedEvidence[points][replicates.length];
        for (int p = 0; p < points; p++) {
            for (int n = 0; n < replicates.length; n++) {
                drawn[p][n] = registry.values(plan.scenario(p), plan.runSeed(replicates[n]));
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String id : drawn.length == 0 || replicates.length == 0 ? java.util.Set.<String>of()
                : drawn[0][0].values().keySet()) {
            double[] x = new double[replicates.length];
            boolean shared = true;
            for (int n = 0; n < replicates.length; n++) {
                x[n] = drawn[0][n].get(id);
                for (int p = 1; p < points; p++) {
                    shared &= drawn[p][n].get(id) == x[n];
                }
            }
            if (shared && java.util.Arrays.stream(x).distinct().count() > 1) {
                out.put(id, x);
            }
        }
        return out;
    }
}
