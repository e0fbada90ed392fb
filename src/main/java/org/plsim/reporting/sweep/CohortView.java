package org.plsim.reporting.sweep;

import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.plsim.analysis.MeanEstimate;
import org.plsim.analysis.sweep.CohortEntry;
import org.plsim.analysis.sweep.CohortTable;
import org.plsim.analysis.sweep.PointSummary;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.analysis.sweep.SweepRuns;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subject;
import org.plsim.reporting.TableFormats;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A cohort sweep (design {@code scenarios}) grantee by grantee: what {@code cohort.csv} and the report's cohort
 * charts hold, as a Tablesaw table and XChart charts, for notebooks (run in memory by
 * {@code org.plsim.workflow.sweep.InMemorySweep.cohort}).
 *
 * <pre>{@code
 * CohortView cohort = InMemorySweep.cohort(SweepReader.load(Path.of("scenarios/sweeps/rttd-2012-cohort.yaml")), 2);
 * System.out.println(cohort.table().printAll());
 * }</pre>
 *
 * @param results the sweep's analysis
 * @param entries one per grantee, in design order
 */
public record CohortView(String sweepId, SweepResults results, List<CohortEntry> entries) {
    public CohortView {
        entries = List.copyOf(entries);
    }

    /** The grantees of a cohort plan side by side, from its analysed runs (see {@code InMemorySweep.cohort}). */
    public static CohortView of(SweepPlan plan, SweepResults results, SweepRuns runs) {
        requireCohort(plan);
        return new CohortView(plan.sweepId(), results, CohortTable.of(results, runs, Grantees.of(plan)));
    }

    /** Refuses a plan that is not a cohort (design type {@code scenarios}). */
    public static void requireCohort(SweepPlan plan) {
        if (!plan.designType().equals(org.plsim.analysis.sweep.Design.SCENARIOS)) {
            throw new IllegalArgumentException(plan.sweepId() + " is a " + plan.designType() + " design; a cohort "
                    + "needs design type scenarios");
        }
    }

    /**
     * One row per grantee: students, award, funded coverage, cost per student a year, last-year effects on
     * standardized math and reading (95% CI) with percentile gains, aligned math, and cost per 0.1 SD in math.
     */
    public Table table() {
        Table t = Table.create(sweepId + " - grantees side by side",
                StringColumn.create("grantee"), IntColumn.create("students"), DoubleColumn.create("award_$M"),
                DoubleColumn.create("coverage_funded"), DoubleColumn.create("cost_$_per_student_year"),
                DoubleColumn.create("math_sd"), DoubleColumn.create("math_ci_low"), DoubleColumn.create("math_ci_high"),
                DoubleColumn.create("math_percentile_pts"), DoubleColumn.create("reading_sd"),
                DoubleColumn.create("aligned_math_sd"), DoubleColumn.create("$_per_0.1sd_math"),
                DoubleColumn.create("$_per_0.1sd_math_ci_low"), DoubleColumn.create("$_per_0.1sd_math_ci_high"));
        for (CohortEntry e : entries) {
            Optional<PointSummary> math = CohortTable.allStudents(e, Measure.ACHIEVEMENT, Subject.MATH);
            Optional<PointSummary> reading = CohortTable.allStudents(e, Measure.ACHIEVEMENT, Subject.READING);
            Optional<PointSummary> aligned = CohortTable.allStudents(e, Measure.ALIGNED_MASTERY, Subject.MATH);
            Optional<MeanEstimate> perTenth = math.map(PointSummary::perTenthSd);
            t.stringColumn("grantee").append(e.grantee().label());
            t.intColumn("students").append((int) e.grantee().students());
            t.doubleColumn("award_$M").append(e.grantee().budgetDollars() / 1e6);
            t.doubleColumn("coverage_funded").append(e.grantee().fundedCoverage());
            t.doubleColumn("cost_$_per_student_year").append(e.costPerYear() == null ? Double.NaN
                    : e.costPerYear().mean());
            t.doubleColumn("math_sd").append(math.map(s -> s.effect().mean()).orElse(Double.NaN));
            t.doubleColumn("math_ci_low").append(math.map(s -> s.effect().ciLow()).orElse(Double.NaN));
            t.doubleColumn("math_ci_high").append(math.map(s -> s.effect().ciHigh()).orElse(Double.NaN));
            t.doubleColumn("math_percentile_pts").append(math.map(PointSummary::percentileGain).orElse(Double.NaN));
            t.doubleColumn("reading_sd").append(reading.map(s -> s.effect().mean()).orElse(Double.NaN));
            t.doubleColumn("aligned_math_sd").append(aligned.map(s -> s.effect().mean()).orElse(Double.NaN));
            t.doubleColumn("$_per_0.1sd_math").append(perTenth.map(MeanEstimate::mean).orElse(Double.NaN));
            t.doubleColumn("$_per_0.1sd_math_ci_low").append(perTenth.map(MeanEstimate::ciLow).orElse(Double.NaN));
            t.doubleColumn("$_per_0.1sd_math_ci_high").append(perTenth.map(MeanEstimate::ciHigh).orElse(Double.NaN));
        }
        for (String c : List.of("math_sd", "math_ci_low", "math_ci_high", "reading_sd", "aligned_math_sd")) {
            t.doubleColumn(c).setPrintFormatter(TableFormats.signed(3));
        }
        for (String c : List.of("award_$M", "coverage_funded", "math_percentile_pts")) {
            t.doubleColumn(c).setPrintFormatter(TableFormats.fixed(c.equals("coverage_funded") ? 2 : 1));
        }
        for (String c : List.of("cost_$_per_student_year", "$_per_0.1sd_math", "$_per_0.1sd_math_ci_low",
                "$_per_0.1sd_math_ci_high")) {
            t.doubleColumn(c).setPrintFormatter(TableFormats.dollars());
        }
        return t;
    }

    /** Last-year effects on standardized math and reading with 95% CI bars, largest math effect first. */
    public Optional<CategoryChart> effectsChart() {
        return CohortCharts.effects(sweepId, entries);
    }

    /** Dollars per student per 0.1 SD in math and reading with 95% CI bars, cheapest first. */
    public Optional<CategoryChart> costChart() {
        return CohortCharts.cost(sweepId, entries);
    }
}
