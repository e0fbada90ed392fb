package org.plsim.reporting.sweep;

import java.util.List;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.KraftBand;
import org.plsim.analysis.MeanEstimate;
import org.plsim.analysis.sweep.ComponentEffect;
import org.plsim.analysis.sweep.GapChange;
import org.plsim.analysis.sweep.Headline;
import org.plsim.analysis.sweep.PointSummary;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.model.observe.Subject;
import org.plsim.reporting.TableFormats;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * A sweep's analysis as Tablesaw tables, with the columns of its CSVs ({@code summary.csv},
 * {@code effects_by_component.csv}, {@code equity.csv}; manual: sweeps.md), for notebooks; and the
 * narrower views a reader starts from. Works on results from a folder or from a sweep run in memory ({@code org.plsim.workflow.sweep.InMemorySweep}).
 *
 * <pre>{@code
 * SweepResults results = InMemorySweep.run(plan, 2);
 * EffectKey math = results.headline().orElseThrow().key(Subject.MATH);
 * System.out.println(SweepTables.componentEffects(results, math).printAll());
 * }</pre>
 */
public final class SweepTables {
    private SweepTables() {
    }

    /** Every design point's every key over replicates: {@code summary.csv} without {@code sweep_id}. */
    public static Table summary(SweepResults results) {
        List<String> labels = results.design().labels();
        Table t = Table.create(results.design().sweepId() + ": summary",
                IntColumn.create("point"), StringColumn.create("label"), IntColumn.create("year"),
                StringColumn.create("grade"), StringColumn.create("subject"), StringColumn.create("subgroup"),
                StringColumn.create("measure"), StringColumn.create("unit"), IntColumn.create("n_replicates"),
                number("treatment_mean", TableFormats.fixed(3)), number("bau_mean", TableFormats.fixed(3)),
                number("effect_mean", TableFormats.signed(3)), number("effect_sd", TableFormats.fixed(3)),
                number("effect_ci_low", TableFormats.signed(3)), number("effect_ci_high", TableFormats.signed(3)),
                number("percentile_gain", TableFormats.signed(1)), StringColumn.create("kraft_band"),
                number("cost_per_student_to_date", TableFormats.dollars()),
                number("cost_per_student_per_0.1sd", TableFormats.dollars()),
                number("cost_per_student_per_0.1sd_ci_low", TableFormats.dollars()),
                number("cost_per_student_per_0.1sd_ci_high", TableFormats.dollars()));
        for (PointSummary s : results.summaries()) {
            EffectKey k = s.key();
            MeanEstimate e = s.effect();
            MeanEstimate c = s.perTenthSd();
            t.intColumn("point").append(s.point());
            t.stringColumn("label").append(labels.get(s.point()));
            t.intColumn("year").append(k.year());
            t.stringColumn("grade").append(k.gradeLabel());
            t.stringColumn("subject").append(k.subject().label());
            t.stringColumn("subgroup").append(k.group().label());
            t.stringColumn("measure").append(k.measure().label());
            t.stringColumn("unit").append(k.measure().effectUnit());
            t.intColumn("n_replicates").append(s.replicates());
            t.doubleColumn("treatment_mean").append(s.treatment().mean());
            t.doubleColumn("bau_mean").append(s.bau().mean());
            t.doubleColumn("effect_mean").append(e.mean());
            t.doubleColumn("effect_sd").append(e.sd());
            t.doubleColumn("effect_ci_low").append(e.ciLow());
            t.doubleColumn("effect_ci_high").append(e.ciHigh());
            t.doubleColumn("percentile_gain").append(s.percentileGain());
            t.stringColumn("kraft_band").append(s.band().map(KraftBand::label).orElse(""));
            t.doubleColumn("cost_per_student_to_date").append(s.costToDate());
            t.doubleColumn("cost_per_student_per_0.1sd").append(c == null ? Double.NaN : c.mean());
            t.doubleColumn("cost_per_student_per_0.1sd_ci_low").append(c == null ? Double.NaN : c.ciLow());
            t.doubleColumn("cost_per_student_per_0.1sd_ci_high").append(c == null ? Double.NaN : c.ciHigh());
        }
        return t;
    }

    /**
     * The headline outcome of {@code subject} (standardized achievement, all students, all grades, the last
     * year) at every design point, in point order: effect with its CI, percentile gain, Kraft band, cost to
     * date and cost per student per 0.1 SD with its CI. Empty when the sweep has no headline for the subject.
     */
    public static Table headline(SweepResults results, Subject subject) {
        Headline h = results.headline().orElse(null);
        String name = h == null ? results.design().sweepId() : results.design().sweepId() + ": " + h.describe(subject);
        Table all = summary(results);
        if (h == null) {
            return all.emptyCopy().setName(name);
        }
        Table rows = onKey(all, h.key(subject));
        return rows.removeColumns("year", "grade", "subject", "subgroup", "measure", "unit", "treatment_mean",
                "bau_mean", "effect_sd").setName(name);
    }

    /**
     * Main effects and two-way interactions of the components on every key (component-mix designs; empty for
     * others): {@code effects_by_component.csv} without {@code sweep_id}.
     */
    public static Table componentEffects(SweepResults results) {
        Table t = Table.create(results.design().sweepId() + ": effects by component",
                StringColumn.create("term"), StringColumn.create("kind"), StringColumn.create("measure"),
                StringColumn.create("unit"), StringColumn.create("subject"), StringColumn.create("subgroup"),
                StringColumn.create("grade"), IntColumn.create("year"), number("estimate", TableFormats.signed(3)),
                number("sd", TableFormats.fixed(3)), number("ci_low", TableFormats.signed(3)),
                number("ci_high", TableFormats.signed(3)), IntColumn.create("n"));
        for (ComponentEffect c : results.components()) {
            EffectKey k = c.key();
            MeanEstimate e = c.estimate();
            t.stringColumn("term").append(c.term());
            t.stringColumn("kind").append(c.kind());
            t.stringColumn("measure").append(k.measure().label());
            t.stringColumn("unit").append(k.measure().effectUnit());
            t.stringColumn("subject").append(k.subject().label());
            t.stringColumn("subgroup").append(k.group().label());
            t.stringColumn("grade").append(k.gradeLabel());
            t.intColumn("year").append(k.year());
            t.doubleColumn("estimate").append(e.mean());
            t.doubleColumn("sd").append(e.sd());
            t.doubleColumn("ci_low").append(e.ciLow());
            t.doubleColumn("ci_high").append(e.ciHigh());
            t.intColumn("n").append(e.n());
        }
        return t;
    }

    /** The main effects and interactions on one key: term, kind, estimate, SD, 95% CI, n. */
    public static Table componentEffects(SweepResults results, EffectKey key) {
        Table rows = onKey(componentEffects(results), key);
        return rows.removeColumns("measure", "unit", "subject", "subgroup", "grade", "year")
                .setName(results.design().sweepId() + ": effects by component on " + key.measure().label() + ", "
                        + key.subject().label() + ", " + key.group().label() + ", grade " + key.gradeLabel()
                        + ", year " + key.year());
    }

    /**
     * The change in each subgroup gap of standardized achievement at every point (negative: narrowed):
     * {@code equity.csv} without {@code sweep_id}.
     */
    public static Table equity(SweepResults results) {
        List<String> labels = results.design().labels();
        Table t = Table.create(results.design().sweepId() + ": equity (achievement gaps, upper − lower group)",
                IntColumn.create("point"), StringColumn.create("label"), StringColumn.create("gap"),
                StringColumn.create("upper_subgroup"), StringColumn.create("lower_subgroup"), IntColumn.create("year"),
                StringColumn.create("grade"), StringColumn.create("subject"), StringColumn.create("measure"),
                StringColumn.create("unit"), IntColumn.create("n_replicates"),
                number("bau_gap_mean", TableFormats.fixed(3)), number("treatment_gap_mean", TableFormats.fixed(3)),
                number("change_mean", TableFormats.signed(3)), number("change_sd", TableFormats.fixed(3)),
                number("change_ci_low", TableFormats.signed(3)), number("change_ci_high", TableFormats.signed(3)));
        for (GapChange g : results.equity()) {
            MeanEstimate c = g.change();
            t.intColumn("point").append(g.point());
            t.stringColumn("label").append(labels.get(g.point()));
            t.stringColumn("gap").append(g.gap().label());
            t.stringColumn("upper_subgroup").append(g.gap().upper().label());
            t.stringColumn("lower_subgroup").append(g.gap().lower().label());
            t.intColumn("year").append(g.year());
            t.stringColumn("grade").append(new EffectKey(g.year(), g.grade(), g.subject(), g.gap().lower(),
                    g.measure()).gradeLabel());
            t.stringColumn("subject").append(g.subject().label());
            t.stringColumn("measure").append(g.measure().label());
            t.stringColumn("unit").append(g.measure().unit());
            t.intColumn("n_replicates").append(c.n());
            t.doubleColumn("bau_gap_mean").append(g.bauGap().mean());
            t.doubleColumn("treatment_gap_mean").append(g.treatmentGap().mean());
            t.doubleColumn("change_mean").append(c.mean());
            t.doubleColumn("change_sd").append(c.sd());
            t.doubleColumn("change_ci_low").append(c.ciLow());
            t.doubleColumn("change_ci_high").append(c.ciHigh());
        }
        return t;
    }

    /** The gap changes of one year and subject, all grades: point, label, gap, both arms' gaps, change with CI. */
    public static Table equity(SweepResults results, int year, Subject subject) {
        Table all = equity(results);
        Table rows = all.where(all.intColumn("year").isEqualTo(year)
                .and(all.stringColumn("grade").isEqualTo("all"))
                .and(all.stringColumn("subject").isEqualTo(subject.label())));
        return rows.removeColumns("upper_subgroup", "lower_subgroup", "year", "grade", "subject", "measure", "unit",
                "change_sd").setName(results.design().sweepId() + ": change in achievement gaps, " + subject.label()
                + ", all grades, year " + year + " (negative: narrowed)");
    }

    private static DoubleColumn number(String name, NumberColumnFormatter format) {
        DoubleColumn c = DoubleColumn.create(name);
        c.setPrintFormatter(format);
        return c;
    }

    /** The rows of a table with the key columns (year, grade, subject, subgroup, measure) about {@code key}. */
    private static Table onKey(Table t, EffectKey key) {
        return t.where(t.intColumn("year").isEqualTo(key.year())
                .and(t.stringColumn("grade").isEqualTo(key.gradeLabel()))
                .and(t.stringColumn("subject").isEqualTo(key.subject().label()))
                .and(t.stringColumn("subgroup").isEqualTo(key.group().label()))
                .and(t.stringColumn("measure").isEqualTo(key.measure().label())));
    }
}
