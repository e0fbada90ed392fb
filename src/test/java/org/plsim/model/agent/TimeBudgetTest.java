package org.plsim.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shared weekly time budget, worked by hand: 300 minutes a week per student, 3 hours per teacher. */
class TimeBudgetTest {
    @Test
    void eachComponentAloneWithinBudget_getsAllItAsked() {
        TimeBudget b = new TimeBudget(300, 3);
        b.startYear(2);
        assertEquals(1.0, b.share(180, 0), 0.0, "software alone: 180 of 300 minutes");
        assertEquals(1.0, b.share(90, 0), 0.0, "tutoring alone: 90 of 300 minutes");
    }

    @Test
    void aPlanOverBudget_givesEachComponentLessTimeThanAlone() {
        TimeBudget b = new TimeBudget(300, 3);
        b.startYear(2);
        double together = b.share(180 + 90 + 45 + 90, 0);
        assertEquals(300.0 / 405.0, together, 1e-12, "405 minutes asked of a 300-minute budget");
        assertTrue(together * 180 < 180 && together * 90 < 90, "software and tutoring each get less");
    }

    @Test
    void aTeacherAskedForMoreHoursThanTheBudget_cutsHerStudentsShare_andTheAsksAreForgottenEachFall() {
        TimeBudget b = new TimeBudget(300, 3);
        b.startYear(2);
        b.askTeacherHours(1, 2);
        b.askTeacherHours(1, 4);
        assertEquals(0.5, b.share(60, 1), 1e-12, "6 hours asked of 3");
        assertEquals(1.0, b.share(60, 0), 0.0, "the other teacher asked nothing");
        b.startYear(2);
        assertEquals(1.0, b.share(60, 1), 0.0, "a new year starts with no asks");
    }
}
