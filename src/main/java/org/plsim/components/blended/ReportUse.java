package org.plsim.components.blended;

import static org.plsim.model.component.Basis.assumption;

import java.util.SplittableRandom;
import org.plsim.components.common.About;
import org.plsim.components.common.Settings;
import org.plsim.components.common.Unit;
import org.plsim.model.component.ComponentContext;
import org.plsim.model.component.SchoolView;
import org.plsim.model.observe.Subject;

/**
 * Teachers acting on what the software reports: re-teaching what a report shows a student has not got, and
 * grouping students by it. Each fall, each teacher post of a served school acts on reports this year with
 * probability {@code teachers_acting_on_reports}, drawn from the component's own {@code reports} stream. Each
 * week, a user whose teacher acts learns {@code blended_learning.report_use_effect} / weeks × the year's
 * implementation intensity × the software's picture of the student ({@code diagnosticData}, 0–1, which rises
 * with minutes used) in each subject on the software: a report says little until the student has used it.
 * Off by default (share 0): no draws, nothing added.
 */
final class ReportUse {
    private final double effect;
    /** Per school id: whether each teacher post acts on reports this year (null: none, or not served). */
    private final boolean[][] acting;

    ReportUse(double effect, int schools) {
        this.effect = effect;
        this.acting = new boolean[schools][];
    }

    /** Reads {@code teachers_acting_on_reports}. */
    static double readShare(Settings s) {
        return s.number("teachers_acting_on_reports", 0, 0, 1, new About(Unit.SHARE,
                "share of the teachers of users who act on what the software reports (re-teach, regroup) each "
                        + "year; their users gain blended_learning.report_use_effect a year at full diagnostic "
                        + "data. 0: only minutes on the software count",
                assumption("off, so that the evidence effects (software minutes, which already include whatever "
                        + "use teachers made of reports in those studies) are not counted twice; set it for a plan "
                        + "that trains teachers to use the reports")));
    }

    /** This fall's draws for a served school: each post acts with probability {@code share}. */
    void startYear(ComponentContext ctx, SchoolView school, double share) {
        SplittableRandom rng = ctx.stream("reports", school);
        boolean[] posts = new boolean[school.teacherCount()];
        for (int t = 0; t < posts.length; t++) {
            posts[t] = rng.nextDouble() < share;
        }
        acting[school.id()] = posts;
    }

    /** Clears a school that is not served this year. */
    void notServed(SchoolView school) {
        acting[school.id()] = null;
    }

    /**
     * This week's learning for user {@code i} whose teacher acts on reports, in each subject with minutes.
     *
     * @param intensity the year's implementation intensity (fidelity × attenuation × sustained share)
     */
    void apply(SchoolView school, int i, BlendedPlan plan, double intensity, int weeksPerYear) {
        boolean[] posts = acting[school.id()];
        int t = school.teacherOf(i);
        if (posts == null || t < 0 || t >= posts.length || !posts[t]) {
            return;
        }
        double gain = effect * intensity * school.diagnosticData(i) / weeksPerYear;
        if (gain == 0) {
            return;
        }
        for (Subject subject : Subject.TESTED) {
            if (plan.minutes(subject) > 0) {
                school.addLearning(subject, i, gain);
            }
        }
    }
}
