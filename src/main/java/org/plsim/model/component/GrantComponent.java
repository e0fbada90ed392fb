package org.plsim.model.component;

/**
 * A grant component (blended learning, learning plans, competency-based progression, partnerships) plugged
 * into the treatment arm. It sees the district only through a {@link ComponentContext} and
 * {@link SchoolView}s, never another component or the model's classes, and draws only from its own random
 * streams ({@link ComponentContext#stream}), so switching one on never moves another's draws.
 *
 * <p>Hooks run in this order each school year: {@link #onYearStart}, then {@link #onWeek} once per school
 * per week after the business-as-usual week, then {@link #onYearEnd}. {@code onWeek} may run for different
 * schools on different threads at once: touch only that school and per-school state.
 */
public interface GrantComponent {
    /** The name the component is looked up by in a scenario's {@code components:} block. */
    String name();

    /** Once, after the district is built and before the first school year. */
    default void onRunStart(ComponentContext ctx) {
    }

    /** At the start of each school year, after students moved up a grade and classes were formed. */
    default void onYearStart(ComponentContext ctx) {
    }

    /** Each instructional week, for one school, after its business-as-usual learning for the week. */
    default void onWeek(ComponentContext ctx, SchoolView school) {
    }

    /** At the end of each school year, before outcomes are measured. */
    default void onYearEnd(ComponentContext ctx) {
    }

    /**
     * Whether the plan reaches student {@code student} of {@code school} this school year: a served school
     * and grade, a year with the component in place, within its coverage. Asked after {@link #onYearStart}
     * to mark the students served ({@link org.plsim.model.observe.Subgroup#SERVED}). The answer must rest
     * only on the rollout and the component's own reach draws, never on outcomes, so that the
     * business-as-usual arm, which runs {@code onRunStart} and {@code onYearStart} with its levers switched
     * off, marks the same students. The default reaches no one.
     */
    default boolean reaches(ComponentContext ctx, SchoolView school, int student) {
        return false;
    }

    /**
     * {@link #reaches} for every student of {@code school} at once: sets {@code reached[i]} for each student
     * {@code i} the plan reaches and leaves the other entries as they are (the model collects the plan's
     * components into one array). The default asks {@link #reaches} per student not yet marked; a component
     * overrides it to settle the part of the answer that is the same for the whole school once (the same
     * students must be marked).
     */
    default void markReached(ComponentContext ctx, SchoolView school, boolean[] reached) {
        for (int i = 0; i < school.size(); i++) {
            if (!reached[i] && reaches(ctx, school, i)) {
                reached[i] = true;
            }
        }
    }

    /**
     * In the business-as-usual arm, instead of {@link #onYearStart}: only the draws {@link #reaches} rests on,
     * under the same conditions as {@code onYearStart} makes them. The default runs the whole
     * {@code onYearStart}; a component whose year start does more than its reach draws (rosters, unit
     * progress, dose responses) spares the business-as-usual arm that work by overriding this, and calls it from
     * its own {@code onYearStart}, so that the two make their reach draws in one place.
     */
    default void onYearStartReachOnly(ComponentContext ctx) {
        onYearStart(ctx);
    }
}
