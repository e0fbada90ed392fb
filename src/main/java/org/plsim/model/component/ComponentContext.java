package org.plsim.model.component;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What a component may see of the running model: the clock, the schools, and its own random streams.
 */
public interface ComponentContext {
    /** Current school year, 1-based. */
    int year();

    /** Current week within the year, 0-based. */
    int week();

    int years();

    int weeksPerYear();

    /** The district's schools, in a fixed order. */
    List<? extends SchoolView> schools();

    /**
     * This component's district-level stream {@code purpose}: named {@code component.<name>.<purpose>},
     * created once per run and returned again on later calls. Use it only from year hooks.
     */
    SplittableRandom stream(String purpose);

    /**
     * This component's stream {@code purpose} for one school ({@code component.<name>.school.<id>.<purpose>}),
     * safe to use from {@link GrantComponent#onWeek} for that school.
     */
    SplittableRandom stream(String purpose, SchoolView school);

    /**
     * A per-student float column of this component's own, which moves with each student between schools
     * and years (0 for a student new to the district). Call only from {@link GrantComponent#onRunStart};
     * read and write it with {@link SchoolView#column} and {@link SchoolView#setColumn}.
     */
    int studentColumn(String purpose);

    /** Students enrolled in the district now. */
    long districtStudents();
}
