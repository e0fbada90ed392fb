package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.PairedEffect;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * Value of information against closed forms: a plan whose net benefit is normal, N(μ, σ²), against business as
 * usual (0) has EVPI = σ φ(μ/σ) − |μ| Φ(−|μ|/σ); when that net benefit is linear in a normal parameter, the
 * parameter's EVPPI is the same formula with its share of σ, and a parameter it does not depend on is worth ≈ 0.
 */
class ValueOfInformationTest {
    private static final NormalDistribution Z = new NormalDistribution(null, 0, 1);

    private static double closedForm(double mu, double sigma) {
        return sigma * Z.density(mu / sigma) - Math.abs(mu) * Z.cumulativeProbability(-Math.abs(mu) / sigma);
    }

    @Test
    void twoPlans_normalNetBenefit_evpiMatchesTheClosedForm() {
        for (double mu : new double[] {-0.08, 0.0, 0.03, 0.2}) {
            double sigma = 0.1;
            int n = 20_000;
            double[] plan = new double[n];
            for (int i = 0; i < n; i++) { // draws at the normal's quantiles: no sampling error to speak of
                plan[i] = mu + sigma * Z.inverseCumulativeProbability((i + 0.5) / n);
            }
            double evpi = ValueOfInformation.evpi(new double[][] {new double[n], plan});
            assertEquals(closedForm(mu, sigma), evpi, 2e-4, "μ = " + mu);
        }
    }

    @Test
    void linearNetBenefit_evppiOfItsParameterIsTheClosedForm_andAnIrrelevantOneIsWorthAboutNothing() {
        Random random = new Random(17);
        int n = 4000;
        double mu = 0.05;
        double beta = 0.1;
        double[] theta = new double[n];
        double[] psi = new double[n];
        double[] irrelevant = new double[n];
        double[] plan = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = random.nextGaussian();
            psi[i] = random.nextGaussian();
            irrelevant[i] = random.nextGaussian();
            plan[i] = mu + beta * theta[i] + 0.1 * psi[i];
        }
        double[][] nb = {new double[n], plan};
        double expected = closedForm(mu, beta); // ≈ 0.0198 SD
        assertEquals(expected, ValueOfInformation.evppi(nb, theta), 0.003);
        assertEquals(0, ValueOfInformation.evppi(nb, irrelevant), 0.002);
        double evpi = ValueOfInformation.evpi(nb);
        assertEquals(closedForm(mu, Math.sqrt(2) * beta), evpi, 0.004);
        assertTrue(ValueOfInformation.evppi(nb, theta) < evpi, "one parameter is worth less than all of them");
    }

    @Test
    void withFewDraws_chanceGivesAnIrrelevantParameterValue_andTheNoiseFloorSaysSo() {
        Random random = new Random(5);
        int n = 30;
        double[] relevant = new double[n];
        double[] irrelevant = new double[n];
        double[][] nb = new double[3][n];
        for (int i = 0; i < n; i++) {
            relevant[i] = random.nextGaussian();
            irrelevant[i] = random.nextGaussian();
            nb[1][i] = 0.02 + 0.1 * relevant[i] + 0.05 * random.nextGaussian();
            nb[2][i] = 0.03 + 0.05 * random.nextGaussian();
        }
        Decision d = new Decision(new EffectKey(1, Outcome.ALL_GRADES, Subject.MATH, Subgroup.ALL,
                Measure.ACHIEVEMENT), List.of("bau", "a", "b"), java.util.stream.IntStream.range(0, n).toArray(), nb,
                "SD");
        Map<String, double[]> parameters = new LinkedHashMap<>();
        parameters.put("irrelevant", irrelevant);
        parameters.put("relevant", relevant);
        List<Evppi> ranked = ValueOfInformation.ranked(d, parameters);
        assertEquals("relevant", ranked.get(0).parameter());
        assertTrue(ranked.get(0).aboveNoise(), ranked.toString());
        Evppi chance = ranked.get(1);
        assertTrue(chance.noiseFloor() > 0, "a few draws give any parameter some value by chance: " + chance);
        assertTrue(!chance.aboveNoise(), chance.toString());
        assertEquals(ranked, ValueOfInformation.ranked(d, parameters), "seeded shuffles: the same floor again");
    }

    @Test
    void aCurvedNetBenefit_isFollowedByTheSpline() {
        int n = 400;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -2 + 4.0 * i / (n - 1);
            y[i] = 0.5 - x[i] + 0.3 * x[i] * x[i] * x[i];
        }
        double[] fitted = RegressionSpline.fitted(x, y);
        for (int i = 0; i < n; i++) {
            assertEquals(y[i], fitted[i], 1e-9, "a cubic lies in the spline's span");
        }
        assertEquals(2, RegressionSpline.columns(10), "a straight line under 50 draws");
    }

    @Test
    void aDecisionInDollars_chargesEachPlanItsCost_andBusinessAsUsualIsWorthNothing() {
        EffectKey math = new EffectKey(1, Outcome.ALL_GRADES, Subject.MATH, Subgroup.ALL, Measure.ACHIEVEMENT);
        EffectKey cost = new EffectKey(1, Outcome.ALL_GRADES, Subject.ALL, Subgroup.ALL, Measure.COST);
        Map<Integer, List<PairedEffect>> byPoint = new LinkedHashMap<>();
        byPoint.put(0, List.of(effect(0, math, 0.10), effect(0, cost, 300), effect(1, math, 0.20), effect(1, cost, 300)));
        byPoint.put(1, List.of(effect(0, math, 0.05), effect(0, cost, 100), effect(1, math, 0.05), effect(1, cost, 100)));
        SweepRuns runs = SweepRuns.of(2, byPoint);
        Decision d = Decision.inDollars(runs, List.of("rich", "lean"), math, 1000);
        assertEquals(List.of(Decision.BUSINESS_AS_USUAL, "rich", "lean"), d.options());
        assertEquals(0, d.mean(0), 0);
        assertEquals(1000 * 1.5 - 300, d.mean(1), 1e-9);
        assertEquals(1000 * 0.5 - 100, d.mean(2), 1e-9);
        assertEquals(1, d.bestOption());
        // rich wins in both draws: nothing to learn
        assertEquals(0, ValueOfInformation.evpi(d.netBenefit()), 1e-9);
    }

    private static PairedEffect effect(int replicate, EffectKey key, double value) {
        return new PairedEffect(replicate, 1L + replicate, key, value, 0);
    }
}
