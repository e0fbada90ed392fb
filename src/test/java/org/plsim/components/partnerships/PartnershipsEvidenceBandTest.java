package org.plsim.components.partnerships;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.PairedHarness;
import org.plsim.testing.TestEvidence;

/**
 * The evidence band: partnerships alone, default plan, one school year of full implementation
 * (fidelity 1, coverage 1), at pilot size (494 students, none attenuated), fixed seeds. Effect = paired
 * treatment − business as usual, mean of standardized math and reading, all students, spring of year 1.
 * The evidence brackets the component from about 0 (Communities In Schools RCT) to about 0.3 (weaker
 * designs): centered within 0 to +0.15, with an interval far wider than simulation noise.
 */
class PartnershipsEvidenceBandTest {
    private static final Map<String, Object> DEFAULT_PLAN = Map.of("fidelity", Plans.FULL);
    private static double[] central;

    @BeforeAll
    static void centralRun() {
        central = effects(PairedHarness.run(scenario(Districts.k12(1, 38), 40, DEFAULT_PLAN), TestEvidence.central()),
                Subgroup.ALL);
    }

    @Test
    void centralValues_pilotOneYear_meanStandardizedEffectInsideZeroToPointFifteen() {
        double mean = mean(central);
        double se = sd(central) / Math.sqrt(central.length);
        System.out.printf("partnerships central: %.4f ± %.5f (SE, n=%d)%n", mean, se, central.length);
        assertTrue(mean - 2 * se > 0 && mean + 2 * se < 0.15, "mean " + mean + " ± 2 × " + se);
        assertTrue(mean > 0.02 && mean < 0.13, "centered within the band, not at its edge: " + mean);
    }

    @Test
    void drawnParameters_spreadIsWide_reachesNearZero_andFarExceedsSimulationNoise() {
        ScenarioSpec spec = scenario(Districts.k12(1, 38), 200, DEFAULT_PLAN);
        double[] e = effects(PairedHarness.runDrawn(spec,
                r -> TestEvidence.drawn(org.plsim.model.random.RandomStreams.runSeed(spec.seed(), r))), Subgroup.ALL);
        double[] sorted = e.clone();
        Arrays.sort(sorted);
        double low = quantile(sorted, 0.025);
        double high = quantile(sorted, 0.975);
        System.out.printf("partnerships drawn: mean %.4f, 2.5%% %.4f, 97.5%% %.4f, sd %.4f; central sd %.4f%n",
                mean(e), low, high, sd(e), sd(central));
        assertTrue(high - low >= 0.08, "2.5-97.5% range " + low + " to " + high);
        assertTrue(low < 0.03, "the low end reaches near 0 (the CIS RCT): " + low);
        assertTrue(high < 0.35, "even the high end stays below the 0.35 SD guard-rail: " + high);
        assertTrue(sd(e) > 10 * sd(central), "evidence spread " + sd(e) + " vs simulation noise " + sd(central));
    }

    @Test
    void needTargeting_narrowsTheQ1Q4GapMoreThanRandomSeats() {
        ScenarioSpec need = scenario(Districts.k12(1, 38), 30, DEFAULT_PLAN);
        ScenarioSpec random = scenario(Districts.k12(1, 38), 30, Map.of("fidelity", Plans.FULL, "targeting", "random"));
        double[] gapNeed = gapNarrowing(PairedHarness.run(need, TestEvidence.central()));
        double[] gapRandom = gapNarrowing(PairedHarness.run(random, TestEvidence.central()));
        System.out.printf("Q1 - Q4 effect: need %.4f, random %.4f%n", mean(gapNeed), mean(gapRandom));
        double se = Math.sqrt(sd(gapNeed) * sd(gapNeed) / gapNeed.length + sd(gapRandom) * sd(gapRandom) / gapRandom.length);
        assertTrue(mean(gapNeed) - mean(gapRandom) > 3 * se, "need " + mean(gapNeed) + " vs random " + mean(gapRandom));
        assertTrue(mean(gapNeed) > 0.03, "by need, the lowest quartile gains clearly more: " + mean(gapNeed));
    }

    @Test
    void samePlan_inAPilot_beatsItAtDistrictScale() {
        double pilot = mean(effects(PairedHarness.run(scenario(Districts.k12(1, 31), 12, DEFAULT_PLAN),
                TestEvidence.central()), Subgroup.ALL));
        double scale = mean(effects(PairedHarness.run(scenario(Districts.k12(25, 60), 3, DEFAULT_PLAN),
                TestEvidence.central()), Subgroup.ALL));
        System.out.printf("pilot (403 students) %.4f vs district scale (19,500) %.4f%n", pilot, scale);
        assertTrue(pilot > 1.5 * scale && scale > 0, "pilot " + pilot + " vs scale " + scale);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    static ScenarioSpec scenario(DistrictSpec district, int replicates, Map<String, Object> plan) {
        return Districts.scenario(district, 1, replicates, List.of(new ComponentSpec("partnerships", plan)));
    }

    /** Per replicate: mean of the math and reading achievement effects in year 1 for {@code group}. */
    static double[] effects(PairedHarness.Result r, Subgroup group) {
        double[] m = r.effects(1, Measure.ACHIEVEMENT, Subject.MATH, group);
        double[] g = r.effects(1, Measure.ACHIEVEMENT, Subject.READING, group);
        double[] e = new double[m.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = 0.5 * (m[i] + g[i]);
        }
        return e;
    }

    private static double[] gapNarrowing(PairedHarness.Result r) {
        double[] q1 = effects(r, Subgroup.PRIOR_Q1);
        double[] q4 = effects(r, Subgroup.PRIOR_Q4);
        double[] d = new double[q1.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = q1[i] - q4[i];
        }
        return d;
    }

    static double mean(double[] x) {
        return Arrays.stream(x).average().orElseThrow();
    }

    static double sd(double[] x) {
        double m = mean(x);
        return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
    }

    private static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        double f = pos - i;
        return i + 1 < sorted.length ? sorted[i] * (1 - f) + sorted[i + 1] * f : sorted[i];
    }
}
