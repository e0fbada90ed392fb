package org.plsim.reporting.study;

import java.util.List;
import org.plsim.reporting.TableFormats;
import org.plsim.study.Published;
import org.plsim.study.Reproduction;
import org.plsim.study.StudyOutcome;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Reproductions as a Tablesaw table, model beside published, one row per study, with the comparison columns
 * of {@code reproductions.csv} (manual: studies-and-calibration.md) under the same names: for notebooks.
 *
 * <pre>{@code
 * Reproduction r = new Reproducer(new ScenarioRunner(ComponentRegistry.discover(), 2), 200)
 *         .reproduce(new ScenarioReader().readStudy(file), ProgressListener.NONE);
 * System.out.println(ReproductionTable.of(List.of(r)).printAll());
 * }</pre>
 */
public final class ReproductionTable {
    private ReproductionTable() {
    }

    public static Table of(List<Reproduction> rows) {
        StringColumn study = StringColumn.create("study");
        StringColumn measure = StringColumn.create("measure");
        StringColumn subject = StringColumn.create("subject");
        IntColumn year = IntColumn.create("year");
        DoubleColumn estimate = DoubleColumn.create("published_estimate");
        DoubleColumn low = DoubleColumn.create("published_low");
        DoubleColumn high = DoubleColumn.create("published_high");
        DoubleColumn mean = DoubleColumn.create("model_mean");
        DoubleColumn ciLow = DoubleColumn.create("model_ci_low");
        DoubleColumn ciHigh = DoubleColumn.create("model_ci_high");
        DoubleColumn rangeLow = DoubleColumn.create("model_range_low");
        DoubleColumn rangeHigh = DoubleColumn.create("model_range_high");
        IntColumn replicates = IntColumn.create("replicates");
        DoubleColumn served = DoubleColumn.create("model_served_mean");
        StringColumn verdict = StringColumn.create("verdict");
        DoubleColumn gap = DoubleColumn.create("gap");
        BooleanColumn knownGap = BooleanColumn.create("known_gap");
        for (Reproduction r : rows) {
            StudyOutcome o = r.study().outcome();
            Published p = r.study().published();
            study.append(r.id());
            measure.append(o.measure().label());
            subject.append(o.subject().label());
            year.append(o.year());
            estimate.append(p.estimate());
            low.append(p.low());
            high.append(p.high());
            mean.append(r.model().mean());
            ciLow.append(r.model().ciLow());
            ciHigh.append(r.model().ciHigh());
            rangeLow.append(r.rangeLow());
            rangeHigh.append(r.rangeHigh());
            replicates.append(r.replicates());
            served.append(r.served().map(m -> m.mean()).orElse(Double.NaN));
            verdict.append(r.verdict().label());
            gap.append(r.gap());
            knownGap.append(r.study().hasKnownGap());
        }
        for (DoubleColumn c : List.of(estimate, low, high, mean, ciLow, ciHigh, rangeLow, rangeHigh, served)) {
            c.setPrintFormatter(TableFormats.signed(3));
        }
        gap.setPrintFormatter(TableFormats.signed(3));
        return Table.create("PLSim vs published studies", study, measure, subject, year, estimate, low, high, mean,
                ciLow, ciHigh, rangeLow, rangeHigh, replicates, served, verdict, gap, knownGap);
    }
}
