package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.scenario.Grades;
import org.plsim.study.Reproduction;
import org.plsim.study.Study;
import org.plsim.study.StudyOutcome;

/**
 * {@code reproductions.csv}: one row per study result (a study with several outcomes has a row for each,
 * its id followed by {@code /name}), the published result beside the model's, in the outcome's
 * unit ({@code unit}; SD units for tests). Columns are documented in the manual (studies-and-calibration.md).
 */
public final class ReproductionsCsv {
    public static final String FILE = "reproductions.csv";
    public static final List<String> COLUMNS = List.of("study", "design", "treated_share",
            "implementing_unit", "comparison", "measure", "subject", "year",
            "grades", "subgroup", "unit", "published_estimate", "published_low", "published_high", "published_interval",
            "model_mean", "model_ci_low", "model_ci_high", "model_range_low", "model_range_high", "replicates",
            "model_served_mean", "model_served_ci_low", "model_served_ci_high",
            "verdict", "known_gap", "gap", "difference", "students", "schools", "sample_grades", "years", "root_seed", "uncertainty",
            "citation");

    private ReproductionsCsv() {
    }

    public static void write(Path file, List<Reproduction> rows) throws IOException {
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (Reproduction r : rows) {
                Study s = r.study();
                StudyOutcome o = s.outcome();
                csv.printRecord(r.id(), s.design().label(), Decimals.fixed(s.treatedShare()),
                        r.spec().district().implementingUnit().label(), s.comparison().label(), o.measure().label(),
                        o.subject().label(), o.yearLabel(), span(o.lowGrade(), o.highGrade()), o.subgroup().label(),
                        s.unit(), Decimals.fixed(s.published().estimate()), Decimals.fixed(s.published().low()),
                        Decimals.fixed(s.published().high()), s.published().interval(), Decimals.fixed(r.model().mean()),
                        optional(r.model().ciLow()), optional(r.model().ciHigh()), Decimals.fixed(r.rangeLow()),
                        Decimals.fixed(r.rangeHigh()), r.replicates(),
                        r.served().map(m -> Decimals.fixed(m.mean())).orElse(""),
                        r.served().map(m -> optional(m.ciLow())).orElse(""),
                        r.served().map(m -> optional(m.ciHigh())).orElse(""), r.verdict().label(), s.hasKnownGap(), Decimals.fixed(r.gap()),
                        Decimals.fixed(r.difference()), r.spec().district().students(), s.sample().schools(),
                        s.sample().gradeLabel(), s.sample().years(), r.spec().seed(), r.spec().uncertainty().label(),
                        s.citation());
            }
        }
    }

    static String span(int low, int high) {
        return low == high ? Grades.label(low) : Grades.label(low) + "-" + Grades.label(high);
    }

    private static String optional(double v) {
        return Double.isNaN(v) ? "" : Decimals.fixed(v);
    }
}
