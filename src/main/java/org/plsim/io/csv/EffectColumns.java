package org.plsim.io.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.KraftBand;
import org.plsim.analysis.MeanEstimate;
import org.plsim.analysis.PairedEffect;

/**
 * The effect columns every result file shares, named once with the cells that fill them, so that a run's
 * effects, a scenario's summary and a sweep's tables say the same thing under the same names, in the same
 * order. A file's header and rows are built from the same parts: {@link #join} flattens the names, and the
 * methods named like the groups write a row's cells of each group.
 */
final class EffectColumns {
    /** What an effect is about, from its {@link EffectKey}. */
    static final List<String> KEY = List.of("year", "grade", "subject", "subgroup", "measure", "unit");
    /** One replicate's paired values. */
    static final List<String> ARMS = List.of("treatment", "bau", "effect");
    /** A key summarised over replicates: each arm's mean, the effect's estimate, what it means for a student. */
    static final List<String> SUMMARY = join("n_replicates", "treatment_mean", "bau_mean", meanAndInterval("effect"),
            "percentile_gain", "kraft_band");
    /** An estimate standing alone (a regression term, a factor's effect), with its sample size. */
    static final List<String> ESTIMATE = List.of("estimate", "sd", "ci_low", "ci_high", "n");

    private EffectColumns() {
    }

    /** {@code prefix_mean, prefix_sd, prefix_ci_low, prefix_ci_high}. */
    static List<String> meanAndInterval(String prefix) {
        return List.of(prefix + "_mean", prefix + "_sd", prefix + "_ci_low", prefix + "_ci_high");
    }

    /** {@code name, name_sd, name_ci_low, name_ci_high}: a mean named by the quantity itself. */
    static List<String> valueAndInterval(String name) {
        return List.of(name, name + "_sd", name + "_ci_low", name + "_ci_high");
    }

    /** The {@link #KEY} cells. */
    static void key(TidyWriter csv, EffectKey k) throws IOException {
        csv.integer(k.year()).text(k.gradeLabel()).text(k.subject().label()).text(k.group().label())
                .text(k.measure().label()).text(k.measure().effectUnit());
    }

    /** The {@link #ARMS} cells. */
    static void arms(TidyWriter csv, PairedEffect e) throws IOException {
        csv.decimal(e.treatment()).decimal(e.bau()).decimal(e.effect());
    }

    /** The {@link #SUMMARY} cells, {@code replicates} being the number of replicates summarised. */
    static void summary(TidyWriter csv, int replicates, EffectSummary s) throws IOException {
        csv.integer(replicates).decimal(s.treatment().mean()).decimal(s.bau().mean());
        interval(csv, s.effect());
        csv.decimal(s.percentileGain()).text(s.band().map(KraftBand::label).orElse(""));
    }

    /** The {@link #ESTIMATE} cells. */
    static void estimate(TidyWriter csv, MeanEstimate e) throws IOException {
        interval(csv, e);
        csv.integer(e.n());
    }

    /** The cells of {@link #meanAndInterval} or {@link #valueAndInterval}: six decimals each. */
    static void interval(TidyWriter csv, MeanEstimate e) throws IOException {
        csv.decimal(e.mean()).decimal(e.sd()).decimal(e.ciLow()).decimal(e.ciHigh());
    }

    /** {@link #interval}, or four blank cells when there is no estimate. */
    static void intervalOrBlank(TidyWriter csv, MeanEstimate e) throws IOException {
        if (e == null) {
            csv.blank().blank().blank().blank();
        } else {
            interval(csv, e);
        }
    }

    /** The parts in order, each list spread into its elements: a header's names (unmodifiable). */
    @SuppressWarnings("unchecked")
    static <T> List<T> join(Object... parts) {
        List<Object> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof List<?> l) {
                out.addAll(l);
            } else {
                out.add(p);
            }
        }
        return (List<T>) Collections.unmodifiableList(out);
    }
}
