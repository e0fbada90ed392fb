package org.plsim.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The absence chance is the rounded logistic the weekly draw uses, and components see exactly that chance. */
class AbsenceChanceTest {
    @Test
    void threshold_isTheLogisticRoundedTo4096ths() {
        assertEquals(0, AbsenceChance.threshold(-40));
        assertEquals(2048, AbsenceChance.threshold(0));
        assertEquals(4096, AbsenceChance.threshold(40));
        // logistic(-2.75) = 0.06008665...: 246.1 of 4096
        assertEquals(246, AbsenceChance.threshold(-2.75));
        assertEquals(246 / 4096.0, AbsenceChance.chance(AbsenceChance.threshold(-2.75)));
    }

    @Test
    void chance_isAMultipleOf4096thsFrom0To1() {
        assertEquals(0.0, AbsenceChance.chance(0));
        assertEquals(1.0, AbsenceChance.chance(4096));
        assertEquals(0.25, AbsenceChance.chance(1024));
    }
}
