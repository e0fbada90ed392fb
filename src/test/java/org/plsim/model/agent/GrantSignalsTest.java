package org.plsim.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The grant-facing columns kept apart from the students: absent unless enabled; when enabled they grow, move
 * and travel with the rows as the columns inside {@link Students} did (persistent odds and credits move with a
 * student, this year's signals restart at 0 in the new school), and a row added over a leaver's reads 0.
 */
class GrantSignalsTest {

    @Test
    void withoutEnabling_noColumnsAreAllocated_andRowsStillAddMoveAndCopy() {
        Students a = students(6, false);
        Students b = new Students();
        b.appendAbove(a, 2);
        a.retainUpTo(2);
        assertNull(a.grant);
        assertNull(b.grant);
        assertEquals(3, a.n);
        assertEquals(3, b.n);
    }

    @Test
    void persistentColumnsMoveWithTheStudent_thisYearsRestartAtZero() {
        Students a = students(6, true);
        for (int i = 0; i < a.n; i++) {
            a.grant.completionOdds[i] = i + 0.5f;
            a.grant.collegeOdds[i] = i + 0.25f;
            a.grant.collegeCredits[i] = 3 * i;
            a.grant.mastery[0][i] = 1;
            a.grant.mastery[1][i] = 2;
            a.grant.absenceShift[i] = 3;
            a.grant.diagnostic[i] = 0.5f;
            a.grant.mentoring[i] = 0.5f;
            a.grant.askedMinutes[i] = 30;
            a.grant.learningPlan[i] = 0.5f;
        }
        Students b = new Students();
        b.enableGrantSignals();
        b.appendAbove(a, 2);                  // rows 3, 4, 5 of a (grades 3, 4, 5)
        for (int j = 0; j < b.n; j++) {
            int i = j + 3;
            assertEquals(i + 0.5f, b.grant.completionOdds[j]);
            assertEquals(i + 0.25f, b.grant.collegeOdds[j]);
            assertEquals(3f * i, b.grant.collegeCredits[j]);
            for (float[] year : new float[][] {b.grant.mastery[0], b.grant.mastery[1], b.grant.absenceShift,
                b.grant.diagnostic, b.grant.mentoring, b.grant.askedMinutes, b.grant.learningPlan}) {
                assertEquals(0f, year[j], "this year's signals restart in the new school");
            }
        }
        a.grade[0] = 9;                       // row 0 leaves: rows 1, 2 move down, their columns with them
        a.retainUpTo(2);
        assertEquals(2, a.n);
        assertEquals(1.5f, a.grant.completionOdds[0]);
        assertEquals(2.25f, a.grant.collegeOdds[1]);
        assertEquals(30f, a.grant.askedMinutes[1]);
        int i = a.add();                      // over a row a leaver used
        assertEquals(0f, a.grant.completionOdds[i]);
        assertEquals(0f, a.grant.askedMinutes[i]);
        assertEquals(0f, a.grant.mastery[0][i]);
    }

    @Test
    void studentsWithSignals_cannotMoveToASchoolWithout() {
        Students a = students(6, true);
        Students b = new Students();
        assertThrows(IllegalStateException.class, () -> b.appendAbove(a, 2));
    }

    @Test
    void columnsGrowWithTheRows() {
        Students a = students(200, true);
        assertEquals(a.grade.length, a.grant.askedMinutes.length);
        assertEquals(a.grade.length, a.grant.mastery[1].length);
    }

    /** {@code n} students in grades 0, 1, 2 … (mod 13), with grant columns if {@code signals}. */
    private static Students students(int n, boolean signals) {
        Students st = new Students();
        if (signals) {
            st.enableGrantSignals();
        }
        for (int k = 0; k < n; k++) {
            int i = st.add();
            st.grade[i] = (byte) (k % 13);
        }
        return st;
    }
}
