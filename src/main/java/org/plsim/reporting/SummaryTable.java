package org.plsim.reporting;

import java.util.List;
import java.util.OptionalDouble;
import org.plsim.analysis.CostEffectiveness;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.EffectSummaries;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.KraftBand;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A run's summary as a Tablesaw table, with the columns of its {@code summary.csv} (manual: outputs.md; all
 * but {@code scenario_id}, which names the table): for notebooks, which print and filter it.
 *
 * <pre>{@code
 * RunReport report = RunReport.of(new ScenarioRunner(ComponentRegistry.discover(), 2).run(spec, ProgressListener.NONE));
 * System.out.println(SummaryTable.headline(report, Measure.ACHIEVEMENT).printAll());
 * }</pre>
 */
public final class SummaryTable {
    private static final List<String> KEY = List.of("year", "grade", "subject", "subgroup", "measure", "unit");

    private SummaryTable() {
    }

    /** Every key of the run, in the order of {@code summary.csv}. */
    public static Table of(RunReport report) {
        return table(report.spec().id(), report.summaries(), CostEffectiveness.of(report.summaries()), true);
    }

    /**
     * The rows to lead with: {@code measure} for all students in all grades, by year, then math before reading
     * ({@link EffectSummaries#headline}); without the columns that are the same on every row.
     */
    public static Table headline(RunReport report, Measure measure) {
        return headline(report, measure, Subgroup.ALL);
    }

    /**
     * {@link #headline} for one group: {@link Subgroup#SERVED} gives the effect on the students served (the
     * treatment on the treated) to set beside the whole district's; no rows when no one was served.
     */
    public static Table headline(RunReport report, Measure measure, Subgroup group) {
        return table(report.spec().id() + ": " + measure.label() + ", " + group.title() + ", all grades ("
                + measure.unit() + ")", EffectSummaries.headline(report.summaries(), measure, group),
                CostEffectiveness.of(report.summaries()), false);
    }

    private static Table table(String name, List<EffectSummary> rows, CostEffectiveness costs, boolean wholeKey) {
        IntColumn year = IntColumn.create("year");
        StringColumn grade = StringColumn.create("grade");
        StringColumn subject = StringColumn.create("subject");
        StringColumn subgroup = StringColumn.create("subgroup");
        StringColumn measure = StringColumn.create("measure");
        StringColumn unit = StringColumn.create("unit");
        IntColumn n = IntColumn.create("n_replicates");
        DoubleColumn treatment = DoubleColumn.create("treatment_mean");
        DoubleColumn bau = DoubleColumn.create("bau_mean");
        DoubleColumn effect = DoubleColumn.create("effect_mean");
        DoubleColumn sd = DoubleColumn.create("effect_sd");
        DoubleColumn low = DoubleColumn.create("effect_ci_low");
        DoubleColumn high = DoubleColumn.create("effect_ci_high");
        DoubleColumn percentile = DoubleColumn.create("percentile_gain");
        StringColumn band = StringColumn.create("kraft_band");
        DoubleColumn toDate = DoubleColumn.create("cost_per_student_to_date");
        DoubleColumn perTenth = DoubleColumn.create("cost_per_student_per_0.1sd");
        for (EffectSummary s : rows) {
            EffectKey k = s.key();
            year.append(k.year());
            grade.append(k.gradeLabel());
            subject.append(k.subject().label());
            subgroup.append(k.group().label());
            measure.append(k.measure().label());
            unit.append(k.measure().effectUnit());
            n.append(s.replicates());
            treatment.append(s.treatment().mean());
            bau.append(s.bau().mean());
            effect.append(s.effect().mean());
            sd.append(s.effect().sd());
            low.append(s.effect().ciLow());
            high.append(s.effect().ciHigh());
            percentile.append(s.percentileGain());
            band.append(s.band().map(KraftBand::label).orElse(""));
            boolean costed = k.group() == Subgroup.ALL && k.grade() == Outcome.ALL_GRADES && k.year() >= 1;
            toDate.append(costed ? orNaN(costs.costToDate(k.year())) : Double.NaN);
            perTenth.append(orNaN(costs.perTenthSd(s)));
        }
        for (DoubleColumn c : List.of(treatment, bau, sd)) {
            c.setPrintFormatter(TableFormats.fixed(3));
        }
        for (DoubleColumn c : List.of(effect, low, high)) {
            c.setPrintFormatter(TableFormats.signed(3));
        }
        percentile.setPrintFormatter(TableFormats.signed(1));
        toDate.setPrintFormatter(TableFormats.dollars());
        perTenth.setPrintFormatter(TableFormats.dollars());
        Table t = Table.create(name, year, grade, subject, subgroup, measure, unit, n, treatment, bau, effect, sd, low,
                high, percentile, band, toDate, perTenth);
        return wholeKey ? t : t.removeColumns(KEY.stream().filter(c -> !c.equals("year") && !c.equals("subject"))
                .toArray(String[]::new));
    }

    private static double orNaN(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : Double.NaN;
    }
}
