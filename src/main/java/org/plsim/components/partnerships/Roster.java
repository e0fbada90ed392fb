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
            long[] need = needOrder(candidates, lowAchievement);
            long[] work = need.clone();
            r.giveLowest(candidates, need, work, seats(m, plan.tutoringSeatsPer100()), TUTORED);
            r.giveLowest(candidates, need, work, seats(m, plan.afterSchoolSeatsPer100()), AFTER_SCHOOL);
            need = needOrder(candidates, mostAbsent);
            work = need.clone();
            r.giveLowest(candidates, need, work, seats(m, plan.mentorsPer100()), MENTORED);
            r.giveLowest(candidates, need, work, familySeats(m, plan), FAMILY);
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

    /**
     * Each candidate's key (by position) as a {@code long} that orders as {@link Double#compare} orders the
     * keys: negative doubles have their magnitude bits flipped, so −0.0 comes before 0.0 and NaN last.
     */
    static long[] needOrder(int[] candidates, double[] key) {
        long[] order = new long[candidates.length];
        for (int k = 0; k < order.length; k++) {
            long bits = Double.doubleToLongBits(key[candidates[k]]);
            order[k] = bits ^ ((bits >> 63) & Long.MAX_VALUE);
        }
        return order;
    }

    /**
     * Gives {@code role} to the {@code count} candidates of lowest key, ties in index order: exactly the first
     * {@code count} of a stable sort of the candidates by key, found without sorting. The count-th lowest key
     * is the cut (a quickselect); every candidate below it gets the role, and of those at it, the first in
     * index order until the count is reached.
     *
     * @param need the candidates' keys by position ({@link #needOrder})
     * @param work a copy of {@code need} that the selection may reorder (reused between calls)
     */
    void giveLowest(int[] candidates, long[] need, long[] work, int count, int role) {
        if (count <= 0) {
            return;
        }
        long cut = select(work, count - 1);
        int atCut = count;
        for (long v : need) {
            atCut -= v < cut ? 1 : 0;
        }
        for (int k = 0; k < candidates.length; k++) {
            if (need[k] < cut || (need[k] == cut && atCut-- > 0)) {
                roles[candidates[k]] |= (byte) role;
            }
        }
    }

    /** The {@code k}-th smallest (0-based) of {@code a}, by Hoare's quickselect; {@code a} is reordered. */
    static long select(long[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long pivot = Math.max(Math.min(a[lo], a[mid]), Math.min(Math.max(a[lo], a[mid]), a[hi]));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
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
