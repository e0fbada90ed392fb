package org.plsim.components.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The week a student is filed under is the first week the weekly step's comparison finds the event due. */
class DueWeeksTest {
    private static final int WEEKS = 36;

    /** The weekly step's old way: compare the event with every week in turn. */
    private static int scanned(double eventTime) {
        for (int now = 1; now <= WEEKS; now++) {
            if (UnitProgress.due(eventTime, now)) {
                return now;
            }
        }
        return -1;
    }

    @Test
    void firstWeek_isTheFirstWeekTheComparisonFindsDue_forEventsOnAndAroundWholeWeeks() {
        List<Double> times = new ArrayList<>(List.of(UnitProgress.NEVER, Double.NaN, -1.0, 0.0, 1e-10, 36.0,
                36.0 + 1e-9, 36.0 + 2e-9, 37.0, 1e300));
        for (int w = 0; w <= WEEKS + 1; w++) {
            for (double off : new double[] {-1e-6, -1e-9, -5e-10, 0, 5e-10, 1e-9, 1.0000001e-9, 2e-9, 1e-6}) {
                times.add(w + off);
                times.add(Math.nextUp(w + off));
                times.add(Math.nextDown(w + off));
            }
        }
        SplittableRandom rng = new SplittableRandom(12);
        for (int k = 0; k < 100_000; k++) {
            times.add(rng.nextDouble(-1, WEEKS + 2));
        }
        double t = 0;   // unit events as the cycle makes them: whole units of 4 weeks and rounds of 0.6 weeks
        for (int k = 0; k < 200; k++) {
            t += k % 3 == 0 ? 4.0 : 0.6;
            times.add(t % (WEEKS + 2));
            times.add(t * (36.0 / 9.0) % (WEEKS + 2));
        }
        for (double e : times) {
            assertEquals(scanned(e), DueWeeks.firstWeek(e, WEEKS), "event at " + e);
        }
    }

    @Test
    void aWeek_holdsTheStudentsFiledUnderIt_inServedOrder() {
        DueWeeks due = new DueWeeks(WEEKS, 130);
        due.add(129, 8.0);
        due.add(3, 7.5);
        due.add(64, 8.0 + 1e-10);
        due.add(5, UnitProgress.NEVER);
        due.add(7, 40.0);
        assertTrue(due.any(8));
        assertFalse(due.any(7), "nothing due by week 7 but the student at 7.5, who is due at week 8");
        List<Integer> week8 = new ArrayList<>();
        for (int w = 0; w < due.words(); w++) {
            for (long bits = due.word(8, w); bits != 0; bits &= bits - 1) {
                week8.add((w << 6) + Long.numberOfTrailingZeros(bits));
            }
        }
        assertEquals(List.of(3, 64, 129), week8);
        for (int now = 1; now <= WEEKS; now++) {
            assertEquals(now == 8, due.any(now), "week " + now);
        }
    }
}
