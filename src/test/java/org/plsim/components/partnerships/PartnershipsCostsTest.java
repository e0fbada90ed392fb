package org.plsim.components.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plsim.model.component.CostLine;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.TestEvidence;

/**
 * Ingredient costs worked by hand for the 494-student test district (K-5 38 a grade, 6-8 and 9-12 38 a grade;
 * classes of 24: 2 a grade, 26 teachers) at central cost values.
 */
class PartnershipsCostsTest {
    private static final ScenarioSpec DISTRICT = Districts.scenario(Districts.k12(1, 38), 4, 1, List.of());

    private static List<CostLine> costs(Map<String, Object> plan) {
        return new PartnershipsFactory().costs(new ComponentSpec("partnerships", plan), DISTRICT, TestEvidence.central());
    }

    private static Map<String, Double> year(List<CostLine> lines, int year) {
        return lines.stream().filter(l -> l.year() == year)
                .collect(Collectors.toMap(CostLine::ingredient, CostLine::dollars));
    }

    @Test
    void defaultPlan_ingredientsByHand() {
        Map<String, Double> y1 = year(costs(Map.of()), 1);
        assertEquals(25 * 1.5 * 36 * 30, y1.get("tutoring"), 1e-6);            // round(24.7) seats
        assertEquals(74 * 3000.0, y1.get("after_school_seats"), 1e-6);          // round(74.1) seats
        assertEquals(25 * 1200.0, y1.get("mentoring"), 1e-6);                   // round(24.7) matches
        assertEquals(148 / 250.0 * 85000, y1.get("family_engagement_coordinators"), 1e-6); // round(148.2) families
        assertEquals(494 * 0.16 / 25 * 50000, y1.get("attendance_outreach_staff"), 1e-6);
        assertEquals(26 * 36 * 45.0, y1.get("teacher_network_time"), 1e-6);
        assertEquals(6, y1.size());
    }

    @Test
    void dualEnrollmentSeats_arePricedPerSeatYear_overTheReachedHighSchoolStudents() {
        // 9-12: 4 grades x 38 = 152 students; 50 seats per 100 = 76 seats x $950.
        assertEquals(76 * 950.0, year(costs(Plans.only("dual_enrollment_seats_per_100", 50)), 1)
                .get("dual_enrollment_seats"), 1e-6);
        // Half coverage: 76 reached, 38 seats.
        assertEquals(38 * 950.0, year(costs(Plans.only("dual_enrollment_seats_per_100", 50,
                "rollout", Map.of("coverage", 0.5))), 1).get("dual_enrollment_seats"), 1e-6);
        // A plan serving grades K-8 only reaches no high-school student: no seat is bought.
        assertTrue(costs(Plans.only("dual_enrollment_seats_per_100", 50, "rollout", Map.of("grades", "K-8")))
                .isEmpty());
    }

    @Test
    void afterTheGrant_onlyTheSustainedShareIsPaid_andNothingBeforeTheStartYear() {
        List<CostLine> lines = costs(Map.of("grant_years", 2, "rollout", Map.of("start_year", 2)));
        assertTrue(year(lines, 1).isEmpty());
        double sustained = TestEvidence.central().get("implementation.sustained_share");
        assertEquals(sustained * year(lines, 2).get("mentoring"), year(lines, 3).get("mentoring"), 1e-6);
        assertTrue(lines.stream().filter(l -> l.year() == 3).allMatch(l -> l.basis().contains("sustained")));
    }

    @Test
    void programsSwitchedOff_costNothing_andCoverageScalesSeats() {
        assertTrue(costs(Plans.only()).isEmpty());
        Map<String, Double> half = year(costs(Map.of("rollout", Map.of("coverage", 0.5))), 1);
        assertEquals(round(247 * 0.15) * 3000.0, half.get("after_school_seats"), 1e-6);
        assertEquals(13 * 36 * 45.0, half.get("teacher_network_time"), 1e-6);
    }

    private static long round(double x) {
        return Math.round(x);
    }
}
