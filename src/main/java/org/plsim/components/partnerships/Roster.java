package org.plsim.components.partnerships;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.plsim.components.partnerships.PartnershipPlan.Targeting;
import org.plsim.model.component.SchoolView;
import org.plsim.model.observe.Subject;

/**
 * One school's partner seats for one school year: who is tutored (and in which subject), who has an
 * after-school seat, a mentor, a family reached by outreach, and who has been flagged for attendance outreach.
 * Built each fall from the school's reached students; indices are the school's student indices, stable
 * within a year.
 *
 * <p>Seats per program = round(rate / 100 × reached students in served grades). With {@link Targeting#NEED}
 * tutoring and after-school seats go to the lowest achievers (mean of math and reading) and mentors and
 * family outreach to the students most often absent (this year's absence chance, which carries last year's
 * record); ties keep index order. With {@link Targeting#RANDOM} each program draws its own random order.
 * A tutored student is tutored in the subject where they stand lower.
 */
final class Roster {
    static final int TUTORED = 1;
    static final int AFTER_SCHOOL = 2;
    static final int MENTORED = 4;
    static final int FAMILY = 8;
    static final int ELIGIBLE = 16;
    static final int FLAGGED = 32;

    private final byte[] roles;
    private final Subject[] tutoredIn;
    /** The eligible students, in index order (what the weekly step visits). */
    private int[] eligible = new int[0];

    Roster(int size) {
        roles = new byte[size];
        tutoredIn = new Subject[size];
    }

    /**
     * Allocates the seats of {@code plan} among the students of {@code school} for whom {@code eligible}
     * holds; {@code rng} is used only with random targeting.
     */
    static Roster allocate(SchoolView school, IntPredicate eligible, PartnershipPlan plan, SplittableRandom rng) {
        int n = school.size();
        Roster r = new Roster(n);
        int[] pool = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (eligible.test(i)) {
                r.roles[i] |= ELIGIBLE;
                pool[m++] = i;
            }
        }
        int[] candidates = Arrays.copyOf(pool, m);
        r.eligible = candidates;
        if (plan.targeting() == Targeting.NEED) {
            double[] lowAchievement = new double[n];
            double[] mostAbsent = new double[n];
            for (int i : candidates) {
                lowAchievement[i] = 0.5 * (school.achievement(Subject.MATH, i)
                        + school.achievement(Subject.READING, i));
                mostAbsent[i] = -school.absenceRate(i);
            }
            double[] sorted = sortedKeys(candidates, lowAchievement);
            r.giveLowest(candidates, lowAchievement, sorted, seats(m, plan.tutoringSeatsPer100()), TUTORED);
            r.giveLowest(candidates, lowAchievement, sorted, seats(m, plan.afterSchoolSeatsPer100()), AFTER_SCHOOL);
            sorted = sortedKeys(candidates, mostAbsent);
            r.giveLowest(candidates, mostAbsent, sorted, seats(m, plan.mentorsPer100()), MENTORED);
            r.giveLowest(candidates, mostAbsent, sorted, familySeats(m, plan), FAMILY);
        } else {
            r.give(shuffled(candidates, rng), seats(m, plan.tutoringSeatsPer100()), TUTORED);
            r.give(shuffled(candidates, rng), seats(m, plan.afterSchoolSeatsPer100()), AFTER_SCHOOL);
            r.give(shuffled(candidates, rng), seats(m, plan.mentorsPer100()), MENTORED);
            r.give(shuffled(candidates, rng), familySeats(m, plan), FAMILY);
        }
        for (int i = 0; i < n; i++) {
            if (r.has(i, TUTORED)) {
                boolean mathLower = school.achievement(Subject.MATH, i) <= school.achievement(Subject.READING, i);
                r.tutoredIn[i] = mathLower ? Subject.MATH : Subject.READING;
            }
        }
        return r;
    }

    /** Seats for {@code students} at {@code per100} per hundred. */
    static int seats(int students, double per100) {
        return (int) Math.min(students, Math.round(students * per100 / 100.0));
    }

    private static int familySeats(int students, PartnershipPlan plan) {
        return (int) Math.min(students, Math.round(students * plan.familyEngagement()));
    }

    /** The keys of {@code candidates}, ascending as {@link Double#compare} orders (a primitive sort, no indices). */
    static double[] sortedKeys(int[] candidates, double[] key) {
        double[] sorted = new double[candidates.length];
        for (int k = 0; k < sorted.length; k++) {
            sorted[k] = key[candidates[k]];
        }
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * Gives {@code role} to the {@code count} candidates of lowest key, ties in index order: exactly the first
     * {@code count} of a stable sort of the candidates by key, found without sorting them. The count-th lowest
     * key ({@code sorted[count − 1]}) is the cut; every candidate below it gets the role, and of those at it,
     * the first in index order until the count is reached.
     *
     * @param sorted the candidates' keys, ascending ({@link #sortedKeys})
     */
    void giveLowest(int[] candidates, double[] key, double[] sorted, int count, int role) {
        if (count <= 0) {
            return;
        }
        double cut = sorted[count - 1];
        int below = count - 1;
        while (below > 0 && Double.compare(sorted[below - 1], cut) == 0) {
            below--;
        }
        int atCut = count - below;
        for (int i : candidates) {
            int c = Double.compare(key[i], cut);
            if (c < 0 || (c == 0 && atCut-- > 0)) {
                roles[i] |= (byte) role;
            }
        }
    }

    /** A random order of {@code candidates}: one Fisher–Yates shuffle, one draw per position. */
    private static int[] shuffled(int[] candidates, SplittableRandom rng) {
        int[] o = candidates.clone();
        for (int k = o.length - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int t = o[k];
            o[k] = o[j];
            o[j] = t;
        }
        return o;
    }

    private void give(int[] order, int count, int role) {
        for (int k = 0; k < count; k++) {
            roles[order[k]] |= (byte) role;
        }
    }

    /** The eligible students, in index order; not to be modified. */
    int[] eligible() {
        return eligible;
    }

    int size() {
        return roles.length;
    }

    /** All of a student's roles as bits (read once per student-week rather than role by role). */
    int roles(int student) {
        return roles[student];
    }

    boolean has(int student, int role) {
        return student < roles.length && (roles[student] & role) != 0;
    }

    /** Marks a student as flagged for attendance outreach; false if already flagged. */
    boolean flag(int student) {
        if (has(student, FLAGGED)) {
            return false;
        }
        roles[student] |= FLAGGED;
        return true;
    }

    /** The subject a tutored student is tutored in (null if not tutored). */
    Subject tutoredIn(int student) {
        return student < tutoredIn.length ? tutoredIn[student] : null;
    }

    /** Students holding {@code role}. */
    int count(int role) {
        int c = 0;
        for (int i = 0; i < roles.length; i++) {
            c += has(i, role) ? 1 : 0;
        }
        return c;
    }
}
