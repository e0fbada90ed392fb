package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.plsim.analysis.KraftBand;
import org.plsim.analysis.MeanEstimate;
import org.plsim.analysis.sweep.CohortEntry;
import org.plsim.analysis.sweep.Grantee;
import org.plsim.analysis.sweep.PointSummary;

/**
 * A cohort sweep's {@code cohort.csv}: one row per grantee × measure × subject × subgroup at the end of the
 * grantee's last year — the effect with its 95% CI, percentile points, cost per 0.1 SD (all-students rows) —
 * and on every row the grantee's facts: students, budget, coverage as planned and as funded, cost per student
 * a year, guard-rails. Dollar columns say so in their names; effects are in the row's {@code unit}. Blank
 * cells cannot be estimated (manual: sweeps.md).
 */
public final class CohortCsv {
    public static final String FILE = "cohort.csv";
    public static final List<String> COLUMNS = EffectColumns.join("sweep_id", "point", "label", "district", "year",
            "measure", "unit", "subject", "subgroup", "n_replicates", EffectColumns.meanAndInterval("effect"),
            "percentile_gain", "kraft_band", "dollars_per_student_to_date",
            EffectColumns.valueAndInterval("dollars_per_student_per_0.1sd"), "students", "budget_dollars",
            "grant_years", "components", "planned_coverage", "funded_coverage", "dollars_per_student_per_year",
            "dollars_per_student_per_year_ci_low", "dollars_per_student_per_year_ci_high", "guard_rails");

    private CohortCsv() {
    }

    public static void write(Path file, String sweepId, List<CohortEntry> cohort) throws IOException {
        try (CSVPrinter csv = TidyCsv.create(file, COLUMNS)) {
            for (CohortEntry e : cohort) {
                for (PointSummary s : e.rows()) {
                    csv.printRecord(row(sweepId, e, s));
                }
            }
        }
    }

    private static List<String> row(String sweepId, CohortEntry entry, PointSummary s) {
        Grantee g = entry.grantee();
        List<String> r = new ArrayList<>(EffectColumns.join(sweepId, Decimals.count(g.point()), g.label(),
                g.district(), Decimals.count(s.key().year()), s.key().measure().label(), s.key().measure().unit(),
                s.key().subject().label(), s.key().group().label(), Decimals.count(s.replicates()),
                EffectColumns.interval(s.effect()), Decimals.fixed(s.percentileGain()),
                s.band().map(KraftBand::label).orElse(""), Decimals.fixed(s.costToDate()),
                EffectColumns.intervalOrBlank(s.perTenthSd())));
        r.addAll(List.of(Decimals.count(g.students()), Decimals.fixed(g.budgetDollars()),
                Decimals.count(g.grantYears()), String.join("+", g.components()), Decimals.fixed(g.plannedCoverage()),
                Decimals.fixed(g.fundedCoverage())));
        MeanEstimate perYear = entry.costPerYear();
        r.addAll(perYear == null ? List.of("", "", "") : List.of(Decimals.fixed(perYear.mean()),
                Decimals.fixed(perYear.ciLow()), Decimals.fixed(perYear.ciHigh())));
        r.add(String.join(";", entry.guardRails()));
        return r;
    }
}
