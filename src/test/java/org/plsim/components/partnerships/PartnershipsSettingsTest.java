package org.plsim.components.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;
import org.plsim.testing.TestEvidence;

/** Bad settings are all reported at once, each with its field path, what was found and what is allowed. */
class PartnershipsSettingsTest {
    @Test
    void everyBadOrUnknownSetting_isReportedTogether() {
        Map<String, Object> bad = Map.of("tutoring_seats_per_100", 120, "targeting", "neediest", "tutor_hours", 2,
                "family_engagement", "lots", "rollout", Map.of("schools", List.of("middle", "academy")));
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> new PartnershipsFactory()
                .create(new ComponentSpec("partnerships", bad), Plans.pilotDistrict(), TestEvidence.central()));
        List<String> fields = e.violations().stream().map(Violation::field).sorted().toList();
        assertEquals(List.of("family_engagement", "rollout.schools", "targeting", "tutor_hours",
                "tutoring_seats_per_100"), fields);
        Violation seats = e.violations().stream().filter(v -> v.field().equals("tutoring_seats_per_100")).findFirst()
                .orElseThrow();
        assertEquals("a number from 0 to 100", seats.allowed());
    }

    @Test
    void defaults_matchTheDocumentedPlan() {
        PartnershipPlan p = PartnershipPlan.read(new org.plsim.components.common.Settings(Map.of()));
        assertEquals(new PartnershipPlan(5, 1.5, 5, 15, 0.3, true, 0.10, 4, true, PartnershipPlan.Targeting.NEED, 0), p);
    }
}
