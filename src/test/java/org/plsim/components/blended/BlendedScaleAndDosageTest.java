package org.plsim.components.blended;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.components.blended.BlendedRuns.Estimate;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.testing.Districts;
import org.plsim.testing.PairedHarness;
import org.plsim.testing.TestEvidence;

/** Year-1 standardized math effects under full implementation: scale, dosage, software kind, PD, time. */
class BlendedScaleAndDosageTest {
    private static final Map<String, Object> FULL = BlendedRuns.fullImplementation();

    private static Estimate math(PairedHarness.Result r, int year) {
        return BlendedRuns.effect(r, year, Measure.ACHIEVEMENT, Subject.MATH, Subgroup.ALL);
    }

    private static Estimate pilotMath(Map<String, Object> settings, int replicates) {
        return math(BlendedRuns.run(BlendedRuns.scenario(BlendedRuns.pilot(38), 1, replicates, settings)), 1);
    }

    private static Map<String, Object> minutes(int math) {
        return BlendedRuns.with(FULL, "adaptive_minutes_per_week", Map.of("math", math, "reading", 0));
    }

    @Test
    void theSamePlan_inASmallPilot_beatsItAtDistrictScale() {
        // 403 students reached vs 20,020: the scale attenuation (0.5 from 10,000 reached) cuts learning per minute.
        Estimate pilot = math(BlendedRuns.run(BlendedRuns.scenario(Districts.k12(1, 31), 1, 12, FULL)), 1);
        Estimate district = math(BlendedRuns.run(BlendedRuns.scenario(Districts.k12(10, 154), 1, 3, FULL)), 1);
        System.out.println("blended_learning pilot " + pilot + " vs district " + district);
        assertTrue(pilot.mean() - 2 * pilot.se() > district.mean() + 2 * district.se(), pilot + " vs " + district);
        assertTrue(district.mean() < 0.65 * pilot.mean(), "about half at scale: " + pilot + " vs " + district);
    }

    @Test
    void moreMinutes_moreLearning_withDiminishingReturns() {
        double e45 = pilotMath(minutes(45), 10).mean();
        double e90 = pilotMath(minutes(90), 10).mean();
        double e180 = pilotMath(minutes(180), 10).mean();
        System.out.printf("blended_learning dosage 45/90/180 min: %.4f %.4f %.4f%n", e45, e90, e180);
        assertTrue(e45 > 0 && e90 > e45 && e180 > e90);
        assertTrue((e90 - e45) / 45 > (e180 - e90) / 90, "concave: " + e45 + " " + e90 + " " + e180);
    }

    @Test
    void studentsFarFromTheirClassLevel_gainMore_thanThoseNearIt() {
        PairedHarness.Result r = BlendedRuns.run(BlendedRuns.scenario(BlendedRuns.pilot(38), 1, 20, FULL));
        double[] q = new double[4];
        for (int k = 0; k < 4; k++) {
            q[k] = BlendedRuns.effect(r, 1, Measure.ACHIEVEMENT, Subject.MATH, Subgroup.QUARTILES[k]).mean();
        }
        System.out.printf("blended_learning math by prior quartile: %.4f %.4f %.4f %.4f%n", q[0], q[1], q[2], q[3]);
        assertTrue(Math.min(q[0], q[3]) > 1.1 * Math.max(q[1], q[2]), java.util.Arrays.toString(q));
        // Without the level match the quartiles gain alike: the spread above comes from the match.
        PairedHarness.Result flat = PairedHarness.run(BlendedRuns.scenario(BlendedRuns.pilot(38), 1, 20, FULL),
                TestEvidence.central(Map.of("blended_learning.match_slope", 0.0)));
        double f1 = BlendedRuns.effect(flat, 1, Measure.ACHIEVEMENT, Subject.MATH, Subgroup.PRIOR_Q1).mean();
        double f2 = BlendedRuns.effect(flat, 1, Measure.ACHIEVEMENT, Subject.MATH, Subgroup.PRIOR_Q2).mean();
        assertTrue(Math.abs(f1 - f2) < 0.5 * (q[0] - q[1]), "flat " + f1 + " " + f2);
    }

    @Test
    void computerManagedSoftware_andNoPd_doLess_andEffectsGrowInTheSecondYear() {
        Estimate adaptive = pilotMath(FULL, 10);
        Estimate managed = pilotMath(BlendedRuns.with(FULL, "software", "computer_managed"), 10);
        Estimate noPd = pilotMath(BlendedRuns.with(FULL, "pd_hours_per_teacher", 0), 4);
        assertTrue(managed.mean() < 0.6 * adaptive.mean(), managed + " vs " + adaptive);
        assertTrue(Math.abs(noPd.mean()) < 1e-12, "no PD, no take-up: " + noPd);
        PairedHarness.Result two = BlendedRuns.run(BlendedRuns.scenario(BlendedRuns.pilot(38), 2, 10, FULL));
        // The year's own gain, not the cumulative level: more teachers adopt and adopters grow more proficient.
        double gain1 = BlendedRuns.effect(two, 1, Measure.GAIN, Subject.MATH, Subgroup.ALL).mean();
        double gain2 = BlendedRuns.effect(two, 2, Measure.GAIN, Subject.MATH, Subgroup.ALL).mean();
        System.out.printf("blended_learning math gain effect year 1 %.4f, year 2 %.4f%n", gain1, gain2);
        assertTrue(gain2 > 1.3 * gain1, "teachers grow: " + gain1 + " → " + gain2);
    }
}
