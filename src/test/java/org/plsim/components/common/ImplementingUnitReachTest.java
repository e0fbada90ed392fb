package org.plsim.components.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.io.input.HeapBudget;
import org.plsim.io.input.ScenarioFormat;
import org.plsim.io.input.ScenarioReader;
import org.plsim.scenario.ImplementingUnit;
import org.plsim.scenario.ScenarioSpec;

/**
 * The reach scale attenuation sees: a district rollout counts every student reached (as before the key existed);
 * school groups or schools that each run the plan count their own students; a trial counts its treatment group.
 */
class ImplementingUnitReachTest {
    private static final ScenarioReader READER = new ScenarioReader(new HeapBudget(Long.MAX_VALUE, 1));
    private static final String DISTRICT = """
            district:
              UNIT
              schools:
                - {name: network_a, count: 6, grades: K-5, students_per_grade: 50}
                - {name: network_b, count: 2, grades: K-5, students_per_grade: 150}
            """;
    // Served: grades 3-5 of every school: 6 x 3 x 50 = 900 and 2 x 3 x 150 = 900 students, 1,800 in all.
    private static final Rollout GRADES_3_TO_5 = new Rollout(List.of(), 3, 5, 1, 1.0);

    private static ScenarioSpec scenario(String unitLine) throws Exception {
        return READER.readString(DISTRICT.replace("UNIT", unitLine), "network.yaml");
    }

    @Test
    void aDistrictRollout_countsEveryStudentReached_asBefore() throws Exception {
        ScenarioSpec spec = scenario("name: a district");
        assertEquals(ImplementingUnit.DISTRICT, spec.district().implementingUnit());
        assertEquals(1800, GRADES_3_TO_5.reachedStudents(spec));
        assertEquals(1800, GRADES_3_TO_5.reachedPerImplementer(spec));
        assertEquals(900, GRADES_3_TO_5.withCoverage(0.5).reachedPerImplementer(spec), "coverage as before");
    }

    @Test
    void schoolGroupsOrSchoolsThatEachRunThePlan_countTheirOwnStudents() throws Exception {
        assertEquals(900, GRADES_3_TO_5.reachedPerImplementer(scenario("implementing_unit: school_group")));
        assertEquals(225, GRADES_3_TO_5.reachedPerImplementer(scenario("implementing_unit: school")), "1,800 / 8");
        Rollout onlyA = new Rollout(List.of("network_a"), 3, 5, 1, 1.0);
        assertEquals(150, onlyA.reachedPerImplementer(scenario("implementing_unit: school")), "900 / 6");
    }

    @Test
    void aTrial_countsOnlyItsTreatmentGroup() throws Exception {
        ScenarioSpec spec = scenario("treated_share: 0.25");
        assertEquals(1800, GRADES_3_TO_5.reachedStudents(spec), "costs and coverage still see every student");
        assertEquals(450, GRADES_3_TO_5.reachedPerImplementer(spec));
    }

    @Test
    void theKeys_areLeftOutOfTheResolvedScenarioAtTheirDefaults_soOldHashesHold() throws Exception {
        ScenarioSpec plain = scenario("name: a district");
        @SuppressWarnings("unchecked")
        Map<String, Object> district = (Map<String, Object>) ScenarioFormat.toTree(plain).get("district");
        assertFalse(district.containsKey("implementing_unit") || district.containsKey("treated_share"));
        ScenarioSpec bySchool = scenario("implementing_unit: school");
        assertEquals(bySchool, READER.readString(ScenarioFormat.toYaml(bySchool), "again.yaml"));
        assertTrue(ScenarioFormat.toYaml(bySchool).contains("implementing_unit: school"));
    }
}
