package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plsim.analysis.sweep.AcceptabilityRow;

/**
 * {@code ceac.csv}: cost-effectiveness acceptability, one row per willingness to pay (dollars per student per year
 * for each 0.1 SD) and option — business as usual ({@code point} blank), then each plan: the share of draws in
 * which the plan's cost per 0.1 SD is within it, the share in which the option is best, its expected net
 * benefit (dollars per student per year) and whether it is on the acceptability frontier.
 */
public final class CeacCsv {
    public static final String FILE = "ceac.csv";
    public static final List<String> COLUMNS = List.of("sweep_id", "outcome", "wtp_per_tenth_sd", "point", "label",
            "n_draws", "probability_within_wtp", "probability_best", "expected_net_benefit", "on_frontier");

    private CeacCsv() {
    }

    public static void write(Path file, String sweepId, String outcome, List<String> labels,
                             List<AcceptabilityRow> rows) throws IOException {
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            for (AcceptabilityRow r : rows) {
                boolean bau = r.point() == AcceptabilityRow.BUSINESS_AS_USUAL;
                csv.cell(sweepId).text(outcome).decimal(r.wtp());
                if (bau) {
                    csv.blank();
                } else {
                    csv.integer(r.point());
                }
                csv.text(bau ? "business as usual" : labels.get(r.point())).integer(r.draws())
                        .decimal(r.probabilityBelowWtp()).decimal(r.probabilityBest()).decimal(r.expectedNetBenefit())
                        .text(r.onFrontier() ? "yes" : "no").endRow();
            }
        }
    }
}
