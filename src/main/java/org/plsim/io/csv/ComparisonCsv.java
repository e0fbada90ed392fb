package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plsim.analysis.ComparedEffect;
import org.plsim.analysis.PlanComparison;

/**
 * {@code comparison.csv}: two plans compared key by key, each plan's effect (plan minus business as usual) and
 * the paired difference B − A, each with its SD and 95% interval over replicates, then the half-width B − A's
 * interval would have had from independent seeds and how many times narrower the paired one is. Cells that
 * cannot be estimated are blank: every SD and interval with one replicate; {@code narrowing} also when the
 * paired interval has zero width (A and B gave the same difference in every replicate, e.g. the same plan twice).
 */
public final class ComparisonCsv {
    public static final String FILE = "comparison.csv";
    public static final List<String> COLUMNS = EffectColumns.join("a_scenario_id", "b_scenario_id",
            EffectColumns.KEY, "n_replicates", EffectColumns.valueAndInterval("a_effect"),
            EffectColumns.valueAndInterval("b_effect"), EffectColumns.valueAndInterval("difference"),
            "separate_half_width", "narrowing");

    private ComparisonCsv() {
    }

    public static void write(Path file, String aId, String bId, PlanComparison comparison) throws IOException {
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            for (ComparedEffect e : comparison.effects()) {
                csv.text(aId).text(bId);
                EffectColumns.key(csv, e.key());
                csv.integer(e.difference().n());
                EffectColumns.interval(csv, e.a());
                EffectColumns.interval(csv, e.b());
                EffectColumns.interval(csv, e.difference());
                csv.decimal(e.separateHalfWidth());
                double narrowing = e.narrowing();
                if (Double.isFinite(narrowing)) {
                    csv.decimal(narrowing);
                } else {
                    csv.blank();
                }
                csv.endRow();
            }
        }
    }
}
