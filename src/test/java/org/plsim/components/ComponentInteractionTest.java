package org.plsim.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.BusinessAsUsual;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.PairedHarness;
import org.plsim.testing.TestEvidence;

/**
 * Components interact through the model, not by a coefficient: the interaction of a pair is half of (the
 * pair's effect − each alone), all runs from the same seeds (paired). A tight shared time budget makes two
 * time-hungry components crowd each other out; learning plans steering students to partners' seats make
 * plans and partnerships complement each other, and with the steering off the pair merely adds up.
 */
class ComponentInteractionTest {
    private static final Map<String, Object> FULL = Map.of("start", 1.0, "peak", 1.0, "ramp_years", 0);
    private static final ComponentSpec BLENDED = new ComponentSpec("blended_learning",
            Map.of("fidelity", FULL, "pd_hours_per_teacher", 100, "coaching", true, "rollout", Map.of("grades", "6-8")));
    private static final ComponentSpec COMPETENCY = new ComponentSpec("competency_progression",
            Map.of("fidelity", FULL, "pd_hours_per_teacher", 100, "coaching", 1.0, "rollout", Map.of("grades", "6-8")));
    private static final ComponentSpec PLANS = new ComponentSpec("learning_plans", Map.of("fidelity", FULL));
    private static final ComponentSpec PARTNERS = new ComponentSpec("partnerships", Map.of("fidelity", FULL,
            "tutoring_seats_per_100", 50, "after_school_seats_per_100", 50));

    private static double effect(List<ComponentSpec> mix, BusinessAsUsual bau, EvidenceValues ev, Measure m) {
        ScenarioSpec base = Districts.scenario(Districts.k12(1, 30), 1, 3, mix);
        ScenarioSpec spec = new ScenarioSpec(base.id(), base.title(), base.years(), base.weeksPerYear(),
                base.replicates(), base.seed(), base.district(), bau, base.components(), base.uncertainty(),
                base.evidence(), base.budget());
        return PairedHarness.run(spec, ev).meanEffect(1, m, Subject.MATH, Subgroup.ALL);
    }

    private static double interaction(ComponentSpec a, ComponentSpec b, BusinessAsUsual bau, EvidenceValues ev,
                                      Measure m) {
        return 0.5 * (effect(List.of(a, b), bau, ev, m) - effect(List.of(a), bau, ev, m)
                - effect(List.of(b), bau, ev, m));
    }

    private static BusinessAsUsual budget(double minutes) {
        BusinessAsUsual d = BusinessAsUsual.defaults();
        return new BusinessAsUsual(d.norms(), d.teacherVaSdMath(), d.teacherVaSdReading(), d.noviceGapMath(),
                d.noviceGapReading(), d.teacherAttrition(), d.growthRateSd(), d.annualShockSd(), d.weeklyShockSd(),
                d.meanReversion(), d.absenceCostMath(), d.absenceCostReading(), d.absenceLogitSd(),
                d.lowIncomeAbsenceRatio(), d.engagementAbsence(), d.lowIncomeGap(), d.englishLearnerGap(),
                d.disabilityGap(), minutes, d.teacherGrantHours(),
                d.proficientCut());
    }

    @Test
    void softwareAndCorrectives_crowdEachOtherOut_ofATightTimeBudget_andNotOfAWideOne() {
        EvidenceValues ev = TestEvidence.central();
        double tight = interaction(BLENDED, COMPETENCY, budget(150), ev, Measure.ALIGNED_MASTERY);
        double wide = interaction(BLENDED, COMPETENCY, budget(2400), ev, Measure.ALIGNED_MASTERY);
        System.out.printf("blended x competency, aligned math: budget 150 min %+.4f, 2400 min %+.4f SD%n", tight, wide);
        assertTrue(tight < wide - 0.002, "a tight budget makes the pair crowd out: " + tight + " vs " + wide);
    }

    @Test
    void plansSteeringStudentsToPartners_makesThePairComplement_andWithoutSteeringItAddsUp() {
        BusinessAsUsual wide = budget(2400);
        double on = interaction(PLANS, PARTNERS, wide, TestEvidence.central(
                Map.of("partnerships.plan_steering", 0.3, "learning_plans.mentor_reinforcement", 0.0)),
                Measure.ACHIEVEMENT);
        double off = interaction(PLANS, PARTNERS, wide, TestEvidence.central(
                Map.of("partnerships.plan_steering", 0.0, "learning_plans.mentor_reinforcement", 0.0)),
                Measure.ACHIEVEMENT);
        System.out.printf("plans x partnerships, math: steering 0.3 %+.5f, off %+.5f SD%n", on, off);
        assertEquals(0.0, off, 2e-4, "no steering, no mentoring link: the pair adds up (paired noise only)");
        assertTrue(on > off + 5e-4, "steering on: the pair does more together: " + on + " vs " + off);
    }
}
