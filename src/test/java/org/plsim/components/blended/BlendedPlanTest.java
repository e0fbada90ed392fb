package org.plsim.components.blended;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;

class BlendedPlanTest {
    private static BlendedPlan read(Map<String, Object> settings) {
        return BlendedPlan.read(new ComponentSpec("blended_learning", settings), Districts.small(1),
                TestEvidence.central());
    }

    @Test
    void defaults_areTypicalDosageOnOneToOneDevices_K12() {
        BlendedPlan p = read(Map.of());
        assertEquals(90, p.minutes(Subject.MATH));
        assertEquals(90, p.minutes(Subject.READING));
        assertEquals(1.0, p.devicesPerStudent());
        assertEquals(0.95, p.connectivity());
        assertEquals(Software.ADAPTIVE, p.software());
        assertEquals(30, p.pdHours());
        assertTrue(p.coaching());
        assertEquals(0, p.implementation().rollout().lowGrade());
        assertEquals(12, p.implementation().rollout().highGrade());
        assertEquals(List.of(Subject.MATH, Subject.READING), p.subjectsUsed());
    }

    @Test
    void spares_addNoAccess() {
        assertEquals(1.0, read(Map.of("devices_per_student", 1.18)).deviceShare());
        assertEquals(0.5, read(Map.of("devices_per_student", 0.5)).deviceShare());
    }

    @Test
    void everyBadSetting_isReportedAtOnce_withItsPath() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> read(Map.of(
                "adaptive_minutes_per_week", Map.of("math", 400, "science", 60),
                "devices_per_student", 2,
                "software", "ai_tutor",
                "coaching", "yes",
                "rollout", Map.of("schools", List.of("middle", "academy")),
                "minutes", 90)));
        List<String> fields = e.violations().stream().map(Violation::field).toList();
        assertTrue(fields.containsAll(List.of("adaptive_minutes_per_week.math", "adaptive_minutes_per_week.science",
                "devices_per_student", "software", "coaching", "rollout.schools", "minutes")), fields.toString());
        assertEquals(7, fields.size(), fields.toString());
    }
}
