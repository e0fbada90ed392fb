package org.plsim.components.competency;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.PairedHarness;
import org.plsim.testing.TestEvidence;

/**
 * The evidence band: competency-based progression alone, one school year of full implementation,
 * central evidence values, fixed seeds: +0.4 to +0.8 SD on aligned mastery (Kulik, Kulik &amp; Bangert-Drowns
 * 1990: 0.52; Guskey &amp; Gates 1985: 0.78) and at most +0.15 on standardized tests (Slavin 1987: about 0).
 *
 * <p><b>Full implementation</b>: fidelity 1 from the start, coverage 1, K-12. Teachers still take the practice
 * up through {@code TeacherAdoption}, as in the mastery-learning trials, whose teachers were new to it: with
 * 60 PD hours (two reference doses) and every teacher coached, about nine in ten adopt in the first fall, at
 * first-year proficiency. <b>Pilot size</b>: a 494-student K-12 district (38 a grade), under the 500 students at
 * which scale attenuation starts, so nothing is attenuated; 40 paired replicates.
 */
class CompetencyProgressionEvidenceBandTest {
    static final Map<String, Object> FULL = Map.of(
            "fidelity", Map.of("start", 1.0, "peak", 1.0, "ramp_years", 0),
            "rollout", Map.of("coverage", 1.0),
            "pd_hours_per_teacher", 60, "coaching", 1.0);
    static final int REPLICATES = 40;
    static PairedHarness.Result pilot;

    static ScenarioSpec oneYear(int elementarySchools, int perGrade, int replicates, Map<String, Object> settings) {
        return Districts.scenario(Districts.k12(elementarySchools, perGrade), 1, replicates,
                List.of(new ComponentSpec(CompetencyProgression.NAME, settings)));
    }

    @BeforeAll
    static void runPilot() {
        ScenarioSpec spec = oneYear(1, 38, REPLICATES, FULL);
        assertTrue(spec.district().students() <= 500, "pilot size: " + spec.district().students());
        pilot = PairedHarness.run(spec, TestEvidence.central());
    }

    @Test
    void alignedMastery_landsInTheMasteryLearningBand_inMathAndReading() {
        for (Subject s : Subject.TESTED) {
            Estimate e = Estimate.of(pilot.effects(1, Measure.ALIGNED_MASTERY, s, Subgroup.ALL));
            assertTrue(e.low() > 0.4 && e.high() < 0.8, s + " aligned mastery " + e);
        }
    }

    @Test
    void standardizedTests_seeOnlyASmallTransfer() {
        for (Subject s : Subject.TESTED) {
            Estimate e = Estimate.of(pilot.effects(1, Measure.ACHIEVEMENT, s, Subgroup.ALL));
            assertTrue(e.high() <= 0.15, s + " standardized " + e);
            assertTrue(e.low() > 0, s + " small but positive " + e);
            double aligned = pilot.meanEffect(1, Measure.ALIGNED_MASTERY, s, Subgroup.ALL);
            assertTrue(e.mean() < aligned / 4, "aligned ≫ standardized (EVIDENCE §0 lesson 1)");
        }
    }

    @Test
    void weakerStudents_gainMoreOnAlignedTests() {
        for (Subject s : Subject.TESTED) {
            Estimate q1 = Estimate.of(pilot.effects(1, Measure.ALIGNED_MASTERY, s, Subgroup.PRIOR_Q1));
            Estimate q4 = Estimate.of(pilot.effects(1, Measure.ALIGNED_MASTERY, s, Subgroup.PRIOR_Q4));
            assertTrue(q1.low() > q4.high(), s + " lowest quartile " + q1 + " vs highest " + q4);
        }
    }

    @Test
    void samePlan_inASmallPilot_beatsItAtDistrictScale() {
        ScenarioSpec district = oneYear(20, 77, 3, FULL);
        assertTrue(district.district().students() >= 20_000);
        Estimate atScale = Estimate.of(PairedHarness.run(district, TestEvidence.central())
                .effects(1, Measure.ALIGNED_MASTERY, Subject.MATH, Subgroup.ALL));
        Estimate small = Estimate.of(pilot.effects(1, Measure.ALIGNED_MASTERY, Subject.MATH, Subgroup.ALL));
        assertTrue(small.low() > atScale.high() + 0.1, "pilot " + small + " vs 20,000 students " + atScale);
    }

    /** Mean and standard error over replicates; low/high are mean ∓ 3 SE. */
    record Estimate(double mean, double se) {
        static Estimate of(double[] x) {
            double m = 0;
            for (double v : x) {
                m += v;
            }
            m /= x.length;
            double ss = 0;
            for (double v : x) {
                ss += (v - m) * (v - m);
            }
            return new Estimate(m, x.length > 1 ? Math.sqrt(ss / (x.length - 1) / x.length) : 0);
        }

        double low() {
            return mean - 3 * se;
        }

        double high() {
            return mean + 3 * se;
        }

        @Override
        public String toString() {
            return String.format("%.3f ± %.3f", mean, se);
        }
    }
}
