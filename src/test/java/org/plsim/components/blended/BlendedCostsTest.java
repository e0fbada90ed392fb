package org.plsim.components.blended;

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
 * Costs of a pilot worked by hand: the middle school of {@code Districts.k12(2, 40)} (grades 6-8, 80 a grade:
 * 240 students, 12 classes of at most 24), 3 years, grant of 2 years; central prices: devices $350, 4 years,
 * 10% loss; licences $25; teacher hour $45; coach $85,000 per 20 teachers; sustained share 0.5.
 */
class BlendedCostsTest {
    private final ScenarioSpec scenario = Districts.scenario(Districts.k12(2, 40), 3, 1, List.of());

    private List<CostLine> costs(Map<String, Object> settings) {
        return new BlendedLearningFactory().costs(new ComponentSpec("blended_learning", settings), scenario,
                TestEvidence.central());
    }

    private static double dollars(List<CostLine> lines, String ingredient, int year) {
        return lines.stream().filter(l -> l.ingredient().equals(ingredient) && l.year() == year)
                .mapToDouble(CostLine::dollars).sum();
    }

    @Test
    void ingredients_perYear_withTheSustainedShareAfterTheGrant() {
        List<CostLine> lines = costs(Map.of("rollout", Map.of("schools", "middle"), "grant_years", 2,
                "adaptive_minutes_per_week", Map.of("math", 90, "reading", 0)));
        double devices = 240 * 350 * (1 / 4.0 + 0.10);
        assertEquals(devices, dollars(lines, "devices", 1), 1e-6);
        assertEquals(240 * 25.0, dollars(lines, "licenses", 2), 1e-6);
        assertEquals(12 * 30 * 45.0 + 12 / 20.0 * 85000, dollars(lines, "pd_coaching", 1), 1e-6);
        assertEquals(0.5 * devices, dollars(lines, "devices", 3), 1e-6);
        assertTrue(lines.stream().allMatch(l -> l.component().equals("blended_learning") && !l.basis().isBlank()));
        assertTrue(lines.get(0).basis().contains("240 devices"), lines.get(0).basis());
    }

    @Test
    void devicesWithoutSoftware_stillCostDevices_butNoLicences() {
        List<CostLine> lines = costs(Map.of("adaptive_minutes_per_week", Map.of("math", 0, "reading", 0),
                "coaching", false, "pd_hours_per_teacher", 0));
        assertTrue(dollars(lines, "devices", 1) > 0);
        assertEquals(0.0, dollars(lines, "licenses", 1), 0.0);
        assertEquals(0.0, dollars(lines, "pd_coaching", 1), 0.0);
    }

    @Test
    void nothingBeforeTheStartYear_orWhenSwitchedOff() {
        assertTrue(costs(Map.of("rollout", Map.of("start_year", 2))).stream().allMatch(l -> l.year() >= 2));
        assertEquals(List.of(), costs(Map.of("enabled", false)));
    }
}
