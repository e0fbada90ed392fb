package org.plsim.analysis.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.GuardRail;
import org.plsim.analysis.GuardRails;
import org.plsim.analysis.MeanEstimate;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * A cohort sweep (design {@code scenarios}) grantee by grantee: the projected effect at the end of each
 * grantee's last year on standardized achievement and aligned mastery, math and reading, every subgroup kept,
 * with 95% CIs over replicates (the point summaries, so the numbers are summary.csv's); what the plan cost a
 * student a year; and the guard-rails it trips. Cost per 0.1 SD stays as {@link CostPerTenthSd} defines it,
 * on the all-students rows.
 */
public final class CohortTable {
    static final List<Measure> MEASURES = List.of(Measure.ACHIEVEMENT, Measure.ALIGNED_MASTERY);
    static final List<Subject> SUBJECTS = List.of(Subject.MATH, Subject.READING);

    private CohortTable() {
    }

    /** One entry per grantee, in point order; a grantee whose runs report no achievement has no rows. */
    public static List<CohortEntry> of(SweepResults results, SweepRuns runs, List<Grantee> grantees) {
        CostToDate costs = new CostToDate(runs);
        List<CohortEntry> out = new ArrayList<>();
        for (Grantee g : grantees) {
            int year = lastYear(results, g.point());
            List<PointSummary> rows = new ArrayList<>();
            for (Measure m : MEASURES) {
                for (Subject s : SUBJECTS) {
                    for (Subgroup group : Subgroup.values()) {
                        results.summary(g.point(), new EffectKey(year, Outcome.ALL_GRADES, s, group, m))
                                .ifPresent(rows::add);
                    }
                }
            }
            out.add(new CohortEntry(g, year, costPerYear(costs, runs, g, year), rows, guardRails(results, g.point())));
        }
        return out;
    }

    /** The last year with an all-students achievement row at the point; 0 when there is none. */
    static int lastYear(SweepResults results, int point) {
        return results.summaries().stream()
                .filter(s -> s.point() == point && s.key().measure() == Measure.ACHIEVEMENT
                        && s.key().group() == Subgroup.ALL && s.key().grade() == Outcome.ALL_GRADES)
                .mapToInt(s -> s.key().year()).max().orElse(0);
    }

    /** Each replicate's cost through the grant years run, per year, summarized; null without cost rows. */
    private static MeanEstimate costPerYear(CostToDate costs, SweepRuns runs, Grantee g, int year) {
        int years = Math.min(g.grantYears(), year);
        if (!costs.available() || years < 1) {
            return null;
        }
        double[] perYear = PointSummaries.at(costs.byReplicate(g.point(), years), runs.replicatesAt(g.point()));
        for (int r = 0; r < perYear.length; r++) {
            perYear[r] /= years;
        }
        return MeanEstimate.of(perYear);
    }

    private static List<String> guardRails(SweepResults results, int point) {
        List<EffectSummary> mine = results.summaries().stream().filter(s -> s.point() == point)
                .map(PointSummary::asEffectSummary).toList();
        return GuardRails.check(mine, List.of(), List.of()).stream().map(GuardRail::code).distinct().toList();
    }

    /** The all-students row of a measure and subject, if the grantee has one. */
    public static Optional<PointSummary> allStudents(CohortEntry e, Measure measure, Subject subject) {
        return e.rows().stream().filter(s -> s.key().group() == Subgroup.ALL && s.key().measure() == measure
                && s.key().subject() == subject).findFirst();
    }
}
