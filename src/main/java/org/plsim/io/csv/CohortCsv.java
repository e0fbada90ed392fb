package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            for (CohortEntry e : cohort) {
                for (PointSummary s : e.rows()) {
                    row(csv, sweepId, e, s);
                }
            }
        }
    }

    private static void row(TidyWriter csv, String sweepId, CohortEntry entry, PointSummary s) throws IOException {
        Grantee g = entry.grantee();
        csv.cell(sweepId).integer(g.point()).cell(g.label()).cell(g.district()).integer(s.key().year())
                .text(s.key().measure().label()).text(s.key().measure().unit()).text(s.key().subject().label())
                .text(s.key().group().label()).integer(s.replicates());
        EffectColumns.interval(csv, s.effect());
        csv.decimal(s.percentileGain()).text(s.band().map(KraftBand::label).orElse("")).decimal(s.costToDate());
        EffectColumns.intervalOrBlank(csv, s.perTenthSd());
        csv.integer(g.students()).decimal(g.budgetDollars()).integer(g.grantYears())
                .text(String.join("+", g.components())).decimal(g.plannedCoverage()).decimal(g.fundedCoverage());
        MeanEstimate perYear = entry.costPerYear();
        if (perYear == null) {
            csv.blank().blank().blank();
        } else {
            csv.decimal(perYear.mean()).decimal(perYear.ciLow()).decimal(perYear.ciHigh());
        }
        csv.text(String.join(";", entry.guardRails())).endRow();
    }
}
