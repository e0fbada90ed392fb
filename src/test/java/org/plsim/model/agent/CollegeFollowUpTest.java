package org.plsim.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A graduate's college path, decided at graduation from one uniform draw. */
class CollegeFollowUpTest {
    private static final int WITHIN = Students.COLLEGE_WITHIN_1 | Students.COLLEGE_WITHIN_2 | Students.COLLEGE_WITHIN_4;

    @Test
    void horizonsNest_fallEnrolleesHaveEnrolledWithinEveryHorizon() {
        for (double u = 0.005; u < 1; u += 0.01) {
            int b = CollegeFollowUp.bits(u, 0.4, 0.0);
            boolean fall = (b & Students.COLLEGE) != 0;
            boolean one = (b & Students.COLLEGE_WITHIN_1) != 0;
            boolean two = (b & Students.COLLEGE_WITHIN_2) != 0;
            boolean four = (b & Students.COLLEGE_WITHIN_4) != 0;
            assertTrue((!fall || one) && (!one || two) && (!two || four), "u " + u + " bits " + b);
            assertTrue(fall || (b & Students.FOUR_YEAR) == 0, "a four-year college only for fall enrollees");
        }
    }

    @Test
    void theShareWithinEachHorizon_isTheLogisticOfTheShiftedLogOdds() {
        // u on a fine grid stands for the uniform draw: the share enrolled is the probability.
        int n = 100_000;
        int[] count = new int[4];
        for (int k = 0; k < n; k++) {
            int b = CollegeFollowUp.bits((k + 0.5) / n, 0.66, 0.0);
            count[0] += (b & Students.COLLEGE) != 0 ? 1 : 0;
            count[1] += (b & Students.COLLEGE_WITHIN_1) != 0 ? 1 : 0;
            count[2] += (b & Students.COLLEGE_WITHIN_2) != 0 ? 1 : 0;
            count[3] += (b & Students.COLLEGE_WITHIN_4) != 0 ? 1 : 0;
        }
        assertEquals(BusinessAsUsualRule.logistic(0.66), count[0] / (double) n, 1e-4);
        assertEquals(BusinessAsUsualRule.logistic(0.66 + 0.18), count[1] / (double) n, 1e-4);
        assertEquals(BusinessAsUsualRule.logistic(0.66 + 0.60), count[2] / (double) n, 1e-4);
        assertEquals(BusinessAsUsualRule.logistic(0.66 + 0.85), count[3] / (double) n, 1e-4);
    }

    @Test
    void fourYearShareOfFallEnrollees_isTheLogisticOfTheFourYearLogOdds() {
        int n = 100_000;
        int fall = 0;
        int fourYear = 0;
        for (int k = 0; k < n; k++) {
            int b = CollegeFollowUp.bits((k + 0.5) / n, 1.0, 0.5);
            fall += (b & Students.COLLEGE) != 0 ? 1 : 0;
            fourYear += (b & Students.FOUR_YEAR) != 0 ? 1 : 0;
        }
        assertEquals(BusinessAsUsualRule.logistic(0.5), fourYear / (double) fall, 1e-3);
    }

    @Test
    void aStudentAPlanBringsIntoCollegeAtTheMargin_startsAtATwoYearCollege() {
        // u just above the BAU fall chance: not enrolled in BAU, enrolled with +0.3 log-odds, at a two-year college.
        double u = BusinessAsUsualRule.logistic(0.0) + 0.01;
        assertEquals(0, CollegeFollowUp.bits(u, 0.0, 0.5) & Students.COLLEGE);
        int withPlan = CollegeFollowUp.bits(u, 0.3, 0.5);
        assertEquals(Students.COLLEGE | WITHIN, withPlan, "enrolled in the fall, every horizon, not a four-year");
    }
}
