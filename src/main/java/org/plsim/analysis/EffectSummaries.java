package org.plsim.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/** Summaries of paired effects over replicates, and the headline rows reports lead with. */
public final class EffectSummaries {
    private EffectSummaries() {
    }

    /**
     * One summary per key, in the order keys first appear (replicate 0's emission order), so the output
     * does not depend on hashing or thread timing.
     */
    public static List<EffectSummary> of(List<PairedEffect> effects) {
        Map<EffectKey, List<PairedEffect>> byKey = new LinkedHashMap<>();
        for (PairedEffect e : effects) {
            byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        }
        List<EffectSummary> out = new ArrayList<>(byKey.size());
        byKey.forEach((key, pairs) -> out.add(new EffectSummary(key,
                MeanEstimate.of(pairs.stream().mapToDouble(PairedEffect::treatment).toArray()),
                MeanEstimate.of(pairs.stream().mapToDouble(PairedEffect::bau).toArray()),
                MeanEstimate.of(pairs.stream().mapToDouble(PairedEffect::effect).toArray()))));
        return out;
    }

    /**
     * The rows a reader wants first: {@code measure} for all students in all grades, by year then subject
     * (math before reading).
     */
    public static List<EffectSummary> headline(List<EffectSummary> summaries, Measure measure) {
        return headline(summaries, measure, Subgroup.ALL);
    }

    /**
     * {@link #headline} for one group: {@link Subgroup#SERVED} gives the effects on the students served (the
     * treatment on the treated) beside the whole district's; empty when no one is served.
     */
    public static List<EffectSummary> headline(List<EffectSummary> summaries, Measure measure, Subgroup group) {
        return summaries.stream()
                .filter(s -> s.key().measure() == measure && s.key().grade() == Outcome.ALL_GRADES
                        && s.key().group() == group && s.key().subject() != Subject.ALL)
                .sorted(Comparator.comparingInt((EffectSummary s) -> s.key().year())
                        .thenComparing(s -> s.key().subject()))
                .toList();
    }
}
