package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.calibration.CalibrationResult;
import org.plsim.calibration.StudyFit;
import org.plsim.study.Reproduction;
import org.plsim.study.Study;
import org.plsim.study.StudyOutcome;

/**
 * {@code fit.csv} of a calibration folder: one row per study, targets then held-out ones, the published
 * result beside the model with the start values ({@code before}) and the fitted values ({@code after}).
 * Columns are documented in the manual (studies-and-calibration.md). No timestamps: the same calibration gives the same
 * bytes.
 */
public final class FitCsv {
    public static final String FILE = "fit.csv";
    public static final List<String> COLUMNS = List.of("study", "in_sample", "measure", "subject", "year", "grades",
            "subgroup", "unit", "published_estimate", "published_low", "published_high", "scale", "model_before",
            "model_before_ci_low", "model_before_ci_high", "model_after", "model_after_ci_low", "model_after_ci_high",
            "term_before", "term_after", "verdict_before", "verdict_after", "replicates", "root_seed", "citation");

    private FitCsv() {
    }

    public static void write(Path file, CalibrationResult result) throws IOException {
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (StudyFit f : result.studies()) {
                Study s = f.study().study();
                StudyOutcome o = s.outcome();
                Reproduction before = f.before();
                Reproduction after = f.after();
                csv.printRecord(f.id(), f.inSample(), o.measure().label(), o.subject().label(), o.yearLabel(),
                        ReproductionsCsv.span(o.lowGrade(), o.highGrade()), o.subgroup().label(), s.unit(),
                        Decimals.fixed(s.published().estimate()), Decimals.fixed(s.published().low()),
                        Decimals.fixed(s.published().high()), Decimals.fixed(StudyFit.scale(s)),
                        Decimals.fixed(before.model().mean()), Decimals.fixed(before.model().ciLow()),
                        Decimals.fixed(before.model().ciHigh()), Decimals.fixed(after.model().mean()),
                        Decimals.fixed(after.model().ciLow()), Decimals.fixed(after.model().ciHigh()),
                        Decimals.fixed(f.termBefore()), Decimals.fixed(f.termAfter()), before.verdict().label(),
                        after.verdict().label(), after.replicates(), after.spec().seed(), s.citation());
            }
        }
    }
}
