package org.plsim.io.csv;

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
 * order. A file's header and rows are built from the same parts: {@link #join} flattens names or cells and the
 * groups of them given here.
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
    static List<Object> key(EffectKey k) {
        return join(k.year(), k.gradeLabel(), k.subject().label(), k.group().label(), k.measure().label(),
                k.measure().unit());
    }

    /** The {@link #ARMS} cells. */
    static List<Object> arms(PairedEffect e) {
        return List.of(Decimals.fixed(e.treatment()), Decimals.fixed(e.bau()), Decimals.fixed(e.effect()));
    }

    /** The {@link #SUMMARY} cells, {@code replicates} being the number of replicates summarised. */
    static List<Object> summary(int replicates, EffectSummary s) {
        return join(replicates, Decimals.fixed(s.treatment().mean()), Decimals.fixed(s.bau().mean()),
                interval(s.effect()), Decimals.fixed(s.percentileGain()), s.band().map(KraftBand::label).orElse(""));
    }

    /** The {@link #ESTIMATE} cells. */
    static List<Object> estimate(MeanEstimate e) {
        return join(interval(e), e.n());
    }

    /** The cells of {@link #meanAndInterval} or {@link #valueAndInterval}: six decimals each. */
    static List<String> interval(MeanEstimate e) {
        return List.of(Decimals.fixed(e.mean()), Decimals.fixed(e.sd()), Decimals.fixed(e.ciLow()),
                Decimals.fixed(e.ciHigh()));
    }

    /** {@link #interval}, or four blank cells when there is no estimate. */
    static List<String> intervalOrBlank(MeanEstimate e) {
        return e == null ? List.of("", "", "", "") : interval(e);
    }

    /** The parts in order, each list spread into its elements: a header's names or a row's cells (unmodifiable). */
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
