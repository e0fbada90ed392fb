package org.plsim.components.partnerships;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mechanism on tiny schools worked by hand (evidence values of {@link Plans#evidence()}: effectiveness 0.5,
 * 0.004 SD per tutoring hour, after-school 0.18, family 0.3, outreach 0.2, parent messages 0.06, climate gain
 * 0.4, teacher growth 0.006; 36 weeks; every absence chance 0.05).
 */
class PartnershipsMechanismTest {
    private static final double EPS = 1e-12;

    /** Four third graders: (math, reading) = (−1, −0.5), (0, 0), (1, 1), (−0.2, −0.8). */
    private static FakeSchool fourStudents() {
        FakeSchool s = new FakeSchool(0, 4, 3);
        double[][] a = {{-1, 0, 1, -0.2}, {-0.5, 0, 1, -0.8}};
        s.achievement[0] = a[0];
        s.achievement[1] = a[1];
        return s;
    }

    private static FakeContext start(PartnershipsComponent c, FakeSchool s) {
        FakeContext ctx = new FakeContext(s);
        c.onRunStart(ctx);
        c.onYearStart(ctx);
        return ctx;
    }

    @Test
    void tutoring_goesToTheLowestAchiever_inTheirWeakerSubject_forTheHoursAttended() {
        // 25 seats per 100 of 4 students = 1 seat: student 0 (mean −0.75, below student 3's −0.5), math (−1 < −0.5).
        PartnershipsComponent c = Plans.component(Plans.only("tutoring_seats_per_100", 25, "tutoring_hours_per_week", 2));
        FakeSchool s = fourStudents();
        c.onWeek(start(c, s), s);
        // 2 h × 0.004 SD/h × (1 − 0.05) attended = 0.0076 SD.
        assertArrayEquals(new double[] {0.0076, 0, 0, 0}, s.learned[0], EPS);
        assertArrayEquals(new double[] {0, 0, 0, 0}, s.learned[1], EPS);
    }

    @Test
    void halfFidelity_halvesTheDose() {
        PartnershipsComponent c = Plans.component(Plans.only("tutoring_seats_per_100", 25, "tutoring_hours_per_week", 2,
                "fidelity", Map.of("start", 0.5, "peak", 0.5)));
        FakeSchool s = fourStudents();
        c.onWeek(start(c, s), s);
        assertEquals(0.0038, s.learned[0][0], EPS);
    }

    @Test
    void afterSchoolAndFamily_addBothSubjects_scaledByPartnerEffectiveness() {
        // After-school: 50 per 100 = 2 seats, lowest achievers 0 and 3. Family: 25% = 1 family, the most absent.
        PartnershipsComponent c = Plans.component(Plans.only("after_school_seats_per_100", 50, "family_engagement", 0.25));
        FakeSchool s = fourStudents();
        s.absence[2] = 0.20;
        FakeContext ctx = start(c, s);
        c.onWeek(ctx, s);
        double afterSchool = 0.18 * 0.5 / 36 * 0.95; // per week, × attendance
        double family = 0.3 * 0.5 / 36;
        double[] expected = {afterSchool, 0, family, afterSchool};
        assertArrayEquals(expected, s.learned[0], EPS);
        assertArrayEquals(expected, s.learned[1], EPS);
        // School bonding from the after-school seat: 0.12 × 0.5 / 36 a week.
        assertArrayEquals(new double[] {0.12 * 0.5 / 36, 0, 0, 0.12 * 0.5 / 36}, s.engagement, EPS);
        // The family reached gets attendance messages from the fall: −0.06 log-odds (experimental, not × 0.5).
        assertArrayEquals(new double[] {0, 0, -0.06, 0}, s.absenceOdds, EPS);
    }

    @Test
    void mentors_goToTheMostAbsent_andSetTheMentoringSignal() {
        PartnershipsComponent c = Plans.component(Plans.only("mentors_per_100", 25));
        FakeSchool s = fourStudents();
        s.absence[1] = 0.15;
        FakeContext ctx = start(c, s);
        assertArrayEquals(new double[] {0, 1, 0, 0}, s.mentoring, EPS);
        c.onWeek(ctx, s);
        assertArrayEquals(new double[] {0, 0.2 * 0.5 / 36, 0, 0}, s.engagement, EPS);
    }

    @Test
    void attendanceOutreach_flagsChronicAbsenceOnce_fromTheFirstOutreachWeek() {
        PartnershipsComponent c = Plans.component(Plans.only("attendance_outreach", true));
        FakeSchool s = fourStudents();
        FakeContext ctx = start(c, s);
        s.daysAbsent[0] = 3;
        s.daysAbsent[1] = 2;
        ctx.week = 3; // before outreach_first_week (4): nobody flagged
        c.onWeek(ctx, s);
        assertArrayEquals(new double[4], s.absenceOdds, EPS);
        ctx.week = 4; // 25 days so far; 10% = 2.5 days: student 0 (3 days) is flagged, student 1 (2 days) not
        c.onWeek(ctx, s);
        c.onWeek(ctx, s);
        assertArrayEquals(new double[] {-0.2 * 0.5, 0, 0, 0}, s.absenceOdds, EPS);
        assertArrayEquals(new double[] {1, 0, 0, 0}, s.mentoring, EPS);
    }

    @Test
    void teacherNetwork_buildsTheClimate_andTeachersGrowWithIt() {
        PartnershipsComponent c = Plans.component(Plans.only("teacher_network", true));
        FakeSchool s = fourStudents();
        FakeContext ctx = start(c, s);
        assertEquals(0.4, s.collaboration, EPS); // 0 + 0.4 × (1 − 0)
        c.onWeek(ctx, s);
        assertEquals(0.006 * 0.4 / 36, s.learned[0][1], EPS); // growth 0.0024 SD a year, per week
        ctx.year = 2;
        c.onYearStart(ctx);
        assertEquals(0.64, s.collaboration, EPS); // 0.4 + 0.4 × (1 − 0.4)
        s.learned[0][1] = 0;
        c.onWeek(ctx, s);
        assertEquals((0.0024 + 0.006 * 0.64) / 36, s.learned[0][1], EPS); // cumulative
        s.teacherTenure[0] = 0; // a new teacher takes the post: starts from this year's climate only
        ctx.year = 3;
        c.onYearStart(ctx);
        s.learned[0][1] = 0;
        c.onWeek(ctx, s);
        assertEquals(0.006 * 0.784 / 36, s.learned[0][1], EPS);
    }

    @Test
    void randomTargeting_drawsItsOwnOrder_needTargetingTakesTheLowestFirst() {
        PartnershipsComponent byNeed = Plans.component(Plans.only("tutoring_seats_per_100", 10));
        FakeSchool need = ranked(40);
        byNeed.onWeek(start(byNeed, need), need);
        assertEquals(java.util.Set.of(0, 1, 2, 3), tutored(need));

        PartnershipsComponent atRandom = Plans.component(Plans.only("tutoring_seats_per_100", 10, "targeting", "random"));
        FakeSchool random = ranked(40);
        atRandom.onWeek(start(atRandom, random), random);
        assertEquals(4, tutored(random).size(), "10 per 100 of 40 students: 4 seats either way");
        assertNotEquals(java.util.Set.of(0, 1, 2, 3), tutored(random));
    }

    /** {@code n} fifth graders with achievement 0, 1, … (student i stands at i SD). */
    private static FakeSchool ranked(int n) {
        FakeSchool s = new FakeSchool(0, n, 5);
        for (int i = 0; i < n; i++) {
            s.achievement[0][i] = i;
            s.achievement[1][i] = i;
        }
        return s;
    }

    private static java.util.Set<Integer> tutored(FakeSchool s) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.learned[0][i] + s.learned[1][i] > 0) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void switchedOff_touchesNothing() {
        PartnershipsComponent c = Plans.component(Plans.only("tutoring_seats_per_100", 50, "teacher_network", true,
                "enabled", false));
        FakeSchool s = fourStudents();
        c.onWeek(start(c, s), s);
        assertEquals(0, s.collaboration);
        assertArrayEquals(new double[4], s.learned[0], EPS);
    }
}
