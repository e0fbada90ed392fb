package org.plsim.components.common;

import java.util.SplittableRandom;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.SchoolView;

/**
 * Which students a component reaches, when its coverage is below 1: each student gets a reach number in
 * (0, 1] the first fall the component sees them, kept in a student column so it follows them between
 * schools; a student is reached while the number is at most the coverage. Raising coverage keeps everyone
 * reached before (nested samples), and the draws come from the component's own {@code reach} stream.
 */
public final class Reach {
    private final int column;
    private final double coverage;
    /** The last {@link #inPlace} answer (null: none yet). */
    private InPlace inPlace;

    private Reach(int column, double coverage) {
        this.column = column;
        this.coverage = coverage;
    }

    /** Registers the reach column; call from {@code onRunStart}. */
    public static Reach register(ComponentContext ctx, double coverage) {
        return new Reach(ctx.studentColumn("reach"), coverage);
    }

    /** Gives a reach number to students without one; call each fall for every served school. */
    public void assign(ComponentContext ctx, SchoolView school) {
        SplittableRandom rng = ctx.stream("reach", school);
        int n = school.size();
        for (int i = 0; i < n; i++) {
            if (school.column(column, i) == 0f) {
                school.setColumn(column, i, (float) (1.0 - rng.nextDouble()));
            }
        }
    }

    /**
     * Whether a plan implemented as {@code impl} reaches the student in school year {@code year}: in place that
     * year, a served school and grade, within coverage — what {@link org.plsim.model.component.GrantComponent#reaches}
     * answers. {@code reach} is null when the component is off.
     */
    public static boolean reaches(Reach reach, Implementation impl, int year, SchoolView school, int student) {
        return reach != null && reach.inPlace(impl, year, school) && impl.rollout().servesGrade(school.grade(student))
                && reach.reached(school, student);
    }

    /**
     * {@link #reaches} for every student of the school, as {@link org.plsim.model.component.GrantComponent#markReached}
     * asks it: the school's part is settled once, then only the grade and the reach number are read per student.
     */
    public static void mark(Reach reach, Implementation impl, int year, SchoolView school, boolean[] reached) {
        if (reach == null || !reach.inPlace(impl, year, school)) {
            return;
        }
        Rollout rollout = impl.rollout();
        int column = reach.column;
        double coverage = reach.coverage;
        int n = school.size();
        for (int i = 0; i < n; i++) {
            if (rollout.servesGrade(school.grade(i))) {
                float v = school.column(column, i);
                reached[i] |= v > 0f && v <= coverage;
            }
        }
    }

    /**
     * Whether {@code impl} is in place in {@code school} in {@code year}: on, with an intensity above 0, the
     * school served. The model asks {@link #reaches} for every student of a school in turn each fall, so the
     * answer is kept for the last plan, year and school asked about (an immutable record: safe to read from any
     * thread) rather than worked out again per student.
     */
    private boolean inPlace(Implementation impl, int year, SchoolView school) {
        InPlace last = inPlace;
        if (last == null || last.impl != impl || last.year != year || last.school != school) {
            last = new InPlace(impl, year, school,
                    impl.enabled() && impl.intensity(year) > 0 && impl.rollout().servesSchool(school));
            inPlace = last;
        }
        return last.yes;
    }

    /** {@link #inPlace}'s last answer, with what it was the answer for. */
    private record InPlace(Implementation impl, int year, SchoolView school, boolean yes) {
    }

    public boolean reached(SchoolView school, int student) {
        float v = school.column(column, student);
        return v > 0f && v <= coverage;
    }
}
