package org.plsim.components.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Violation;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;

/** Reading the knobs: defaults, and every bad setting reported at once with its path. */
class CompetencyPlanTest {
    static final ScenarioSpec SCENARIO = Districts.small(1);

    static CompetencyPlan read(Map<String, Object> settings) {
        return CompetencyPlan.read(new ComponentSpec(CompetencyProgression.NAME, settings), SCENARIO,
                TestEvidence.central());
    }

    @Test
    void noSettings_giveTheDocumentedDefaults() {
        CompetencyPlan p = read(Map.of());
        assertEquals(List.of(Subject.MATH, Subject.READING), p.subjects());
        assertEquals(9, p.unitsPerYear());
        assertEquals(4.0, p.unitWeeks(36), 1e-12);
        assertEquals(0.8, p.threshold());
        assertEquals(0.8, p.reliability());
        assertEquals(0.5, p.paceSupport());
        assertEquals(2, p.maxRounds());
        assertEquals(30, p.pdHoursPerTeacher());
        assertEquals(0.5, p.coaching());
        assertEquals(0, p.implementation().rollout().lowGrade());
        assertEquals(12, p.implementation().rollout().highGrade());
    }

    @Test
    void badSettings_areAllReportedTogether() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> read(Map.of(
                "units_per_year", 3, "mastery_threshold", 1.2, "subjects", List.of("science"),
                "pace_suport", 0.5, "rollout", Map.of("schools", List.of("academy")))));
        List<String> fields = e.violations().stream().map(Violation::field).sorted().toList();
        assertEquals(List.of("mastery_threshold", "pace_suport", "rollout.schools", "subjects", "units_per_year"),
                fields, e.getMessage());
    }

    @Test
    void oneSubject_canBeChosen() {
        assertEquals(List.of(Subject.READING), read(Map.of("subjects", "reading")).subjects());
    }
}
