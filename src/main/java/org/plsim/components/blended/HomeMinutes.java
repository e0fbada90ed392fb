package org.plsim.components.blended;

import static org.plsim.model.component.Basis.assumption;
import static org.plsim.scenario.NumberText.compact;

import org.plsim.components.common.About;
import org.plsim.components.common.Settings;
import org.plsim.components.common.Unit;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.observe.Subject;

/**
 * Of the minutes a week on the software, those assigned as homework ({@code home_minutes_per_week}). A
 * minute at home is not a class minute: it never takes the place of a regular lesson (so it cannot be among
 * the replaced minutes), and only {@code completion} of the minutes assigned get done (no teacher in the room,
 * devices and connections at home). The software's learning comes from the minutes done, through the same
 * dose response as class minutes. None by default: every minute is a class minute, as before.
 *
 * @param math       weekly minutes of math software assigned as homework, 0–adaptive math minutes
 * @param reading    the same for reading
 * @param completion share of the home minutes assigned that students do ({@code blended_learning.home_completion})
 */
record HomeMinutes(double math, double reading, double completion) {
    static final HomeMinutes NONE = new HomeMinutes(0, 0, 1);

    /** Reads {@code home_minutes_per_week}, each at most the subject's minutes less those replacing lessons. */
    static HomeMinutes read(Settings s, double[] minutes, double[] replaced, EvidenceValues ev) {
        Settings home = s.block("home_minutes_per_week");
        double[] given = new double[2];
        for (int k = 0; k < 2; k++) {
            String subject = k == 0 ? "math" : "reading";
            given[k] = home.number(subject, 0, 0, 300, new About(Unit.MINUTES_PER_WEEK,
                    "of the " + subject + " minutes on the software, those assigned as homework: they take no "
                            + "class time, replace no lesson, and only blended_learning.home_completion of them "
                            + "get done. 0: all minutes in class",
                    assumption("the evidence effects describe software used in school; a plan's homework is its "
                            + "own")));
            double inClass = minutes[k] - replaced[k];
            if (given[k] > inClass) {
                home.problem(subject, compact(given[k]) + ", more than the " + compact(inClass) + " minutes on the "
                        + "software that replace no lesson", "at most adaptive_minutes_per_week." + subject
                        + " less replaced_minutes_per_week." + subject + ": a minute at home replaces no lesson");
            }
        }
        double completion = ev.get("blended_learning.home_completion");
        return given[0] == 0 && given[1] == 0 ? NONE : new HomeMinutes(given[0], given[1], completion);
    }

    /** Minutes assigned at home in {@code subject}. */
    double assigned(Subject subject) {
        return subject == Subject.MATH ? math : subject == Subject.READING ? reading : 0;
    }

    /** Of {@code planned} weekly minutes in {@code subject}, those done: class minutes + home minutes done. */
    double done(Subject subject, double planned) {
        double home = assigned(subject);
        return home > 0 ? planned - home * (1 - completion) : planned;
    }
}
