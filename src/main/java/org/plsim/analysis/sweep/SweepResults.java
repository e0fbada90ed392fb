package org.plsim.analysis.sweep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plsim.analysis.EffectKey;

/**
 * Everything computed from a finished sweep; the lists a design does not call for are empty (contrasts for
 * the component-mix design only, Morris indices for Morris only, Sobol indices for Sobol only, linear factor
 * effects for the factorial and sampling designs; a scenarios design has no factors, and its cohort table is
 * {@link CohortTable}'s).
 */
public final class SweepResults {
    private final Design design;
    private final List<PointSummary> summaries;
    private final List<ComponentEffect> components;
    private final List<MorrisIndex> morris;
    private final List<SobolIndex> sobol;
    private final List<FactorEffect> factorEffects;
    private final List<GapChange> equity;
    private final Optional<Headline> headline;
    private final boolean hasCosts;
    private final Map<Integer, Map<EffectKey, PointSummary>> byPoint = new HashMap<>();

    public SweepResults(Design design, List<PointSummary> summaries, List<ComponentEffect> components,
                        List<MorrisIndex> morris, List<SobolIndex> sobol, List<FactorEffect> factorEffects,
                        List<GapChange> equity, Optional<Headline> headline, boolean hasCosts) {
        this.design = design;
        this.summaries = List.copyOf(summaries);
        this.components = List.copyOf(components);
        this.morris = List.copyOf(morris);
        this.sobol = List.copyOf(sobol);
        this.factorEffects = List.copyOf(factorEffects);
        this.equity = List.copyOf(equity);
        this.headline = headline;
        this.hasCosts = hasCosts;
        for (PointSummary s : summaries) {
            byPoint.computeIfAbsent(s.point(), p -> new HashMap<>()).put(s.key(), s);
        }
    }

    public static SweepResults of(Design design, SweepRuns runs) {
        if (runs.points() != design.points()) {
            throw new IllegalArgumentException("runs of " + runs.points() + " points for a design of "
                    + design.points());
        }
        boolean mix = design.type().equals(Design.COMPONENT_MIX);
        boolean morris = design.type().equals(Design.MORRIS);
        boolean sobol = design.type().equals(Design.SOBOL);
        boolean linear = !mix && !morris && !sobol && !design.type().equals(Design.SCENARIOS);
        return new SweepResults(design, PointSummaries.of(runs),
                mix ? ComponentContrasts.of(design, runs) : List.of(),
                morris ? MorrisScreening.of(design, runs) : List.of(),
                sobol ? SobolAnalysis.of(design, runs) : List.of(),
                linear ? LinearEffects.of(design, runs) : List.of(),
                Equity.of(runs), Headline.of(runs), runs.hasCosts());
    }

    /** The summary of {@code key} at {@code point}, if any replicate reported it. */
    public Optional<PointSummary> summary(int point, EffectKey key) {
        return Optional.ofNullable(byPoint.getOrDefault(point, Map.of()).get(key));
    }

    public Design design() {
        return design;
    }

    /** By point, then key in {@link SweepRuns#ORDER}. */
    public List<PointSummary> summaries() {
        return summaries;
    }

    public List<ComponentEffect> components() {
        return components;
    }

    public List<MorrisIndex> morris() {
        return morris;
    }

    /** Sobol designs only: S1 and ST of every factor on every all-grades key (and cost per 0.1 SD). */
    public List<SobolIndex> sobol() {
        return sobol;
    }

    public List<FactorEffect> factorEffects() {
        return factorEffects;
    }

    public List<GapChange> equity() {
        return equity;
    }

    public Optional<Headline> headline() {
        return headline;
    }

    public boolean hasCosts() {
        return hasCosts;
    }
}
