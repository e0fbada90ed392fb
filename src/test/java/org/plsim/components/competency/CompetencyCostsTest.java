package org.plsim.components.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.model.component.CostLine;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;

/**
 * Ingredient costs on the small test district: 1,040 students (two K-5 schools of 40 a grade, a 6-8 and a 9-12
 * school of 80 a grade) and, at 24 a class, 52 teachers (2 × 6 × 2 + 3 × 4 + 4 × 4).
 */
class CompetencyCostsTest {
    static final ScenarioSpec SIX_YEARS = Districts.scenario(Districts.k12(2, 40), 6, 1, List.of());

    static List<CostLine> costs(Map<String, Object> settings) {
        return new CompetencyProgressionFactory().costs(new ComponentSpec(CompetencyProgression.NAME, settings),
                SIX_YEARS, TestEvidence.central());
    }

    static double dollars(List<CostLine> lines, String ingredient, int year) {
        return lines.stream().filter(l -> l.ingredient().equals(ingredient) && l.year() == year)
                .mapToDouble(CostLine::dollars).sum();
    }

    @Test
    void defaultPlan_costsLicensesPdCoachesAndSupportTime_byHand() {
        List<CostLine> lines = costs(Map.of());
        assertEquals(1040 * 27.0, dollars(lines, "assessment_system", 1), 1e-6, "1,040 students × $27");
        assertEquals(52 * 30 * 45.0, dollars(lines, "pd", 1), 1e-6, "52 teachers × 30 h × $45");
        assertEquals(52 * 0.5 / 20 * 85_000, dollars(lines, "coaching", 1), 1e-6, "1.3 coaches × $85,000");
        double perStudent = dollars(lines, "pace_support", 1) / 1040;
        assertTrue(perStudent > 45 && perStudent < 900, "a few teacher hours a student a year: $" + perStudent);
    }

    @Test
    void afterTheGrant_onlyTheSustainedShareIsPaid_andNothingBeforeTheStart() {
        List<CostLine> lines = costs(Map.of("rollout", Map.of("start_year", 2)));
        assertEquals(0, dollars(lines, "assessment_system", 1));
        assertEquals(1040 * 27.0, dollars(lines, "assessment_system", 4), 1e-6);
        assertEquals(0.5 * 1040 * 27.0, dollars(lines, "assessment_system", 5), 1e-6, "sustained share 0.5");
    }

    @Test
    void supportTime_growsWithThePaceSupportAndTheThreshold() {
        double none = dollars(costs(Map.of("pace_support", 0.0)), "pace_support", 1);
        double half = dollars(costs(Map.of("pace_support", 0.5)), "pace_support", 1);
        double full = dollars(costs(Map.of("pace_support", 1.0)), "pace_support", 1);
        double strict = dollars(costs(Map.of("pace_support", 0.5, "mastery_threshold", 0.9)), "pace_support", 1);
        assertEquals(0, none);
        assertEquals(2 * half, full, 1e-6);
        assertTrue(strict > half);
    }

    @Test
    void expectedRounds_areFewWhenChecksAreEasy_andBoundedByTheRoundsAllowed() {
        MasteryModel m = MasteryModelTest.M;
        CompetencyPlan easy = CompetencyPlanTest.read(Map.of("mastery_threshold", 0.5));
        CompetencyPlan hard = CompetencyPlanTest.read(Map.of("mastery_threshold", 0.95));
        double low = CorrectiveWorkload.roundsPerUnit(m, easy, 0, 1);
        double high = CorrectiveWorkload.roundsPerUnit(m, hard, 0, 1);
        assertTrue(low < 0.15, "most pass a 50% check: " + low);
        assertTrue(high > 1.0 && high <= 2.0, "most need a round at 95%, many both: " + high);
        // a student exactly at the threshold fails half the time
        assertEquals(0.5, CorrectiveWorkload.failChance(0.8, 0.8, 0.05), 1e-12);
    }
}
