package org.plsim.components.partnerships;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A program that serves every student: 100 tutoring seats and 100 mentor matches per 100 reached give every
 * reached student a seat and a match, and the cost lines pay each tutor-hour and match (twice the cost at 50).
 */
class EveryStudentServedTest {
    @Test
    void aHundredSeatsPer100_tutorsAndMentorsEveryReachedStudent() {
        PartnershipsComponent c = Plans.component(Plans.only("tutoring_seats_per_100", 100,
                "tutoring_hours_per_week", 2, "mentors_per_100", 100));
        FakeSchool s = new FakeSchool(0, 4, 3);
        s.achievement[0] = new double[] {-1, 0, 1, -0.2};
        s.achievement[1] = new double[] {-0.5, 0, 1, -0.8};
        FakeContext ctx = new FakeContext(s);
        c.onRunStart(ctx);
        c.onYearStart(ctx);
        c.onWeek(ctx, s);
        // Each student tutored in the weaker subject: 2 h × 0.004 SD/h × (1 − 0.05) attended = 0.0076 SD.
        double[] math = new double[4];
        double[] reading = new double[4];
        for (int i = 0; i < 4; i++) {
            (s.achievement[0][i] <= s.achievement[1][i] ? math : reading)[i] = 0.0076;
        }
        assertArrayEquals(math, s.learned[0], 1e-12);
        assertArrayEquals(reading, s.learned[1], 1e-12);
        for (int i = 0; i < 4; i++) {
            assertEquals(1.0, s.mentoring(i), 0.0, "student " + i + " has a mentor");
        }
    }

    @Test
    void servingEveryone_costsEveryTutorHourAndMatch_twiceTheCostAtFifty() {
        ScenarioSpec district = Districts.scenario(Districts.k12(1, 38), 1, 1, List.of());
        Map<String, Double> all = yearOne(district, 100);
        Map<String, Double> half = yearOne(district, 50);
        assertEquals(494 * 1.5 * 36 * 30, all.get("tutoring"), 1e-6);   // 494 students × h/week × weeks × $/h
        assertEquals(494 * 1200.0, all.get("mentoring"), 1e-6);          // 494 matches × $ per match-year
        assertEquals(2 * half.get("tutoring"), all.get("tutoring"), 1e-6);
        assertEquals(2 * half.get("mentoring"), all.get("mentoring"), 1e-6);
    }

    private static Map<String, Double> yearOne(ScenarioSpec district, int per100) {
        List<CostLine> lines = new PartnershipsFactory().costs(new ComponentSpec("partnerships",
                Map.of("tutoring_seats_per_100", per100, "mentors_per_100", per100)), district, TestEvidence.central());
        return lines.stream().filter(l -> l.year() == 1).collect(Collectors.toMap(CostLine::ingredient,
                CostLine::dollars));
    }
}
