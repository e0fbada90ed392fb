package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.plsim.analysis.MeanEstimate;
import org.plsim.analysis.sweep.CohortEntry;
import org.plsim.analysis.sweep.CohortTable;
import org.plsim.analysis.sweep.Grantee;
import org.plsim.analysis.sweep.PointSummary;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subject;

/**
 * The report's "Cohort" section for a scenarios design: one row per grantee — its size, award, coverage and
 * cost, the last year's effects (standardized and aligned, math and reading) with 95% CIs, cost per 0.1 SD and
 * guard-rails — largest standardized math effect first, then the cohort charts. Every number is in cohort.csv.
 */
final class CohortSection {
    private CohortSection() {
    }

    static String html(List<CohortEntry> cohort, List<SweepCharts.ChartFile> charts, Path folder) throws IOException {
        StringBuilder b = new StringBuilder("<h2>Cohort</h2>\n<p class=\"note\">Each design point is one grantee's "
                + "whole scenario: its district, grant components and award (coverage scaled down to fit the award "
                + "where the plan costs more). Effects are on all students in all grades at the end of the last "
                + "year, treatment minus business as usual, with 95% CIs over replicates; cost per 0.1 SD is each "
                + "replicate's cost per student to date ÷ (its effect / 0.1), left blank (–) when the effect's CI "
                + "reaches 0. Subgroups are in cohort.csv.</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (CohortEntry e : ranked(cohort)) {
            Grantee g = e.grantee();
            List<String> row = new ArrayList<>(List.of(g.label(), String.join(", ", g.components()),
                    String.format(Locale.ROOT, "%,d", g.students()), Html.dollars(g.budgetDollars()),
                    Html.num(g.fundedCoverage()) + " of " + Html.num(g.plannedCoverage()),
                    Html.dollarsWithCi(e.costPerYear())));
            for (Measure m : List.of(Measure.ACHIEVEMENT, Measure.ALIGNED_MASTERY)) {
                for (Subject s : List.of(Subject.MATH, Subject.READING)) {
                    row.add(CohortTable.allStudents(e, m, s).map(p -> Html.withCi(p.effect())).orElse("–"));
                }
            }
            for (Subject s : List.of(Subject.MATH, Subject.READING)) {
                row.add(Html.dollarsWithCi(CohortTable.allStudents(e, Measure.ACHIEVEMENT, s)
                        .map(PointSummary::perTenthSd).orElse(null)));
            }
            row.add(e.guardRails().isEmpty() ? "none" : String.join(", ", e.guardRails()));
            rows.add(row);
        }
        int year = cohort.stream().mapToInt(CohortEntry::year).max().orElse(0);
        b.append(Html.table(List.of("grantee", "components", "students", "award", "coverage funded of planned",
                "cost per student per year [95% CI]", "math, standardized (SD) [95% CI]",
                "reading, standardized (SD) [95% CI]", "math, aligned (SD) [95% CI]", "reading, aligned (SD) [95% CI]",
                "cost per student per 0.1 SD, math [95% CI]", "cost per student per 0.1 SD, reading [95% CI]",
                "guard-rails"), rows));
        b.append("<p class=\"note\">Year ").append(year).append(". Coverage: the share of eligible students the plan "
                + "reaches (its components' rollout.coverage), after and before the budget.</p>\n");
        for (SweepCharts.ChartFile c : charts) {
            b.append(ReportSections.figure(c, folder));
        }
        return b.toString();
    }

    /** Largest standardized math effect first; grantees without one last, in point order. */
    static List<CohortEntry> ranked(List<CohortEntry> cohort) {
        return cohort.stream().sorted(Comparator.comparingDouble((CohortEntry e) -> CohortTable
                        .allStudents(e, Measure.ACHIEVEMENT, Subject.MATH).map(PointSummary::effect)
                        .map(MeanEstimate::mean).map(m -> -m).orElse(Double.MAX_VALUE))
                .thenComparingInt(e -> e.grantee().point())).toList();
    }
}
