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

    private Roster(int size) {
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
        boolean need = plan.targeting() == Targeting.NEED;
        int[] byAchievement = null;
        int[] byAbsence = null;
        if (need) {
            double[] lowAchievement = new double[n];
            double[] mostAbsent = new double[n];
            for (int i : candidates) {
                lowAchievement[i] = 0.5 * (school.achievement(Subject.MATH, i)
                        + school.achievement(Subject.READING, i));
                mostAbsent[i] = -school.absenceRate(i);
            }
            byAchievement = byNeed(candidates, lowAchievement);
            byAbsence = byNeed(candidates, mostAbsent);
        }
        r.give(need ? byAchievement : shuffled(candidates, rng), seats(m, plan.tutoringSeatsPer100()), TUTORED);
        r.give(need ? byAchievement : shuffled(candidates, rng), seats(m, plan.afterSchoolSeatsPer100()),
                AFTER_SCHOOL);
        r.give(need ? byAbsence : shuffled(candidates, rng), seats(m, plan.mentorsPer100()), MENTORED);
        r.give(need ? byAbsence : shuffled(candidates, rng),
                (int) Math.min(m, Math.round(m * plan.familyEngagement())), FAMILY);
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

    /**
     * {@code candidates} (in index order) sorted by {@code key[i]}, ascending as {@link Double#compare} orders,
     * ties in index order: a stable merge sort on primitives, no boxing.
     */
    static int[] byNeed(int[] candidates, double[] key) {
        int[] a = candidates.clone();
        mergeSort(a, candidates.clone(), 0, a.length, key);
        return a;
    }

    /** Sorts {@code a[from, to)} stably by key, {@code b} holding the same elements as scratch. */
    private static void mergeSort(int[] a, int[] b, int from, int to, double[] key) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(b, a, from, mid, key);
        mergeSort(b, a, mid, to, key);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && Double.compare(key[b[i]], key[b[j]]) <= 0)) {
                a[k] = b[i++];
            } else {
                a[k] = b[j++];
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
