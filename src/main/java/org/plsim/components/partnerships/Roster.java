package org.plsim.components.partnerships;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;
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
        Integer[] pool = new Integer[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (eligible.test(i)) {
                r.roles[i] |= ELIGIBLE;
                pool[m++] = i;
            }
        }
        Integer[] candidates = Arrays.copyOf(pool, m);
        ToDoubleFunction<Integer> lowAchievement = i -> 0.5 * (school.achievement(Subject.MATH, i)
                + school.achievement(Subject.READING, i));
        ToDoubleFunction<Integer> mostAbsent = i -> -school.absenceRate(i);
        r.give(order(candidates, lowAchievement, plan.targeting(), rng), seats(m, plan.tutoringSeatsPer100()), TUTORED);
        r.give(order(candidates, lowAchievement, plan.targeting(), rng), seats(m, plan.afterSchoolSeatsPer100()),
                AFTER_SCHOOL);
        r.give(order(candidates, mostAbsent, plan.targeting(), rng), seats(m, plan.mentorsPer100()), MENTORED);
        r.give(order(candidates, mostAbsent, plan.targeting(), rng),
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

    private static Integer[] order(Integer[] candidates, ToDoubleFunction<Integer> need, Targeting targeting,
                                   SplittableRandom rng) {
        Integer[] o = candidates.clone();
        if (targeting == Targeting.NEED) {
            Arrays.sort(o, Comparator.comparingDouble(need));
        } else {
            for (int k = o.length - 1; k > 0; k--) {
                int j = rng.nextInt(k + 1);
                Integer t = o[k];
                o[k] = o[j];
                o[j] = t;
            }
        }
        return o;
    }

    private void give(Integer[] order, int count, int role) {
        for (int k = 0; k < count; k++) {
            roles[order[k]] |= (byte) role;
        }
    }

    int size() {
        return roles.length;
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
