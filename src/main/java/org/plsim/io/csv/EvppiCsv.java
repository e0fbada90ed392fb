package org.plsim.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plsim.analysis.sweep.Decision;
import org.plsim.analysis.sweep.Evppi;
import org.plsim.analysis.sweep.ValueOfInformation;

/**
 * {@code evppi.csv}: the value of information of a choice between a sweep's points and business as usual.
 * The first row (parameter {@code all}) is the EVPI; each further row one evidence parameter's EVPPI, highest
 * first, in {@code voi_unit} (SD of the outcome, or $ per student at {@code wtp_dollars_per_tenth_sd}), with
 * the noise floor of its shuffles and whether it stands above it.
 */
public final class EvppiCsv {
    public static final String FILE = "evppi.csv";
    public static final String ALL = "all";
    public static final List<String> COLUMNS = EffectColumns.join("sweep_id", EffectColumns.KEY, "voi_unit",
            "wtp_dollars_per_tenth_sd", "best_option", "parameter", "value_of_information", "share_of_evpi",
            "n_draws", "basis_columns", "noise_floor_95", "above_noise", "shuffle_seed");

    private EvppiCsv() {
    }

    /**
     * @param wtp λ in dollars per student per 0.1 SD, or NaN for a decision in SD (written blank)
     */
    public static void write(Path file, String sweepId, Decision d, double wtp, double evpi, List<Evppi> rows)
            throws IOException {
        String best = d.options().get(d.bestOption());
        try (TidyWriter csv = TidyWriter.create(file, COLUMNS)) {
            start(csv, sweepId, d, wtp, best);
            csv.text(ALL).decimal(evpi).decimal(evpi > 0 ? 1 : Double.NaN).integer(d.draws()).blank().blank().blank()
                    .blank().endRow();
            for (Evppi e : rows) {
                start(csv, sweepId, d, wtp, best);
                csv.text(e.parameter()).decimal(e.evppi()).decimal(e.shareOfEvpi()).integer(e.draws())
                        .integer(e.columns()).decimal(e.noiseFloor()).text(Boolean.toString(e.aboveNoise()))
                        .integer(ValueOfInformation.SHUFFLE_SEED).endRow();
            }
        }
    }

    private static void start(TidyWriter csv, String sweepId, Decision d, double wtp, String best)
            throws IOException {
        csv.text(sweepId);
        EffectColumns.key(csv, d.outcome());
        csv.text(d.unit()).decimal(wtp).text(best);
    }
}
