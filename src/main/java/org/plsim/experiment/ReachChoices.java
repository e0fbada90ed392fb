package org.plsim.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.plsim.components.ComponentRegistry;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.GrantComponentFactory;
import org.plsim.model.component.PlanReach;
import org.plsim.scenario.Budget;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.SchoolGroup;
import org.plsim.scenario.ScenarioSpec;

/**
 * The choices that would reach more students under a budget that scaled a plan's coverage down: for each
 * component, dropping it, leaving its teacher training out ({@link GrantComponentFactory#withoutTraining}), and
 * serving fewer grades (the span cut at a school group's first or last grade). Each is priced with the cost
 * model a run uses — the dollars it frees at the budget's coverage ({@link CostPlan}), then the changed plan held
 * to the same budget ({@link BudgetFit}) — and kept only when the students reached, over all components, rise.
 */
final class ReachChoices {
    private final ScenarioSpec asWritten;
    private final ScenarioSpec fitted;
    private final ComponentRegistry registry;
    private final EvidenceValues central;
    private final Budget budget;
    private final double fittedDollars;
    private final Map<String, Long> reachedNow = new LinkedHashMap<>();

    ReachChoices(ScenarioSpec asWritten, ScenarioSpec fitted, ComponentRegistry registry, EvidenceValues central) {
        this.asWritten = asWritten;
        this.fitted = fitted;
        this.registry = registry;
        this.central = central;
        this.budget = asWritten.budget();
        this.fittedDollars = CostPlan.of(fitted, registry, central).dollarsThrough(budget.grantYears());
        fitted.components().forEach(c -> reachedNow.put(c.name(), reached(fitted, c)));
    }

    /**
     * The choices that reach more students, most students first. Each is fitted to the budget on its own (some
     * fifty pricings), so they are worked out in parallel; the order does not depend on which finishes first.
     */
    List<ReachChoice> find() {
        return candidates().parallelStream().map(this::priced).flatMap(Optional::stream)
                .sorted(Comparator.comparingLong(ReachChoice::students).reversed()
                        .thenComparing(ReachChoice::change))
                .toList();
    }

    /** A change to try: what it is, in people's and scenario-file terms, and how it edits a plan. */
    private record Candidate(String kind, String component, String change, String consequence,
                             UnaryOperator<ScenarioSpec> edit) {
    }

    private List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>();
        for (ComponentSpec c : fitted.components()) {
            String name = c.name();
            long now = reachedNow.get(name);
            if (now == 0) {
                continue;
            }
            if (fitted.components().size() > 1) {
                out.add(new Candidate("component", name, "drop " + name + " (delete its block under components:)",
                        String.format(Locale.ROOT, "the %,d students it reaches now lose it", now),
                        s -> without(s, name)));
            }
            GrantComponentFactory f = registry.factories().get(name);
            f.withoutTraining().ifPresent(cut -> out.add(new Candidate("training", name, "leave " + name
                    + "'s teacher training out (components." + name + ": " + settingsText(cut.settings()) + ")",
                    cut.consequence(), s -> withSettings(s, name, cut.settings()))));
            f.reach(c, fitted, central).ifPresent(r -> {
                for (int[] span : narrower(r)) {
                    String to = PlanReach.span(span[0], span[1]);
                    out.add(new Candidate("grades", name, String.format(Locale.ROOT, "serve grades %s with %s, not "
                            + "%s (components.%s.rollout.grades: %s)", to, name, r.grades(), name, to), "",
                            s -> withGrades(s, name, to)));
                }
            });
        }
        return out;
    }

    /** The candidate priced, if it frees money and reaches more students over all components. */
    private Optional<ReachChoice> priced(Candidate c) {
        double freed = fittedDollars - CostPlan.of(c.edit().apply(fitted), registry, central)
                .dollarsThrough(budget.grantYears());
        if (!(freed >= 1)) {
            return Optional.empty(); // it costs nothing at this coverage (grades the district lacks)
        }
        ScenarioSpec plan = c.edit().apply(asWritten);
        ScenarioSpec refit;
        try {
            refit = BudgetFit.apply(plan, budget, registry, central);
        } catch (InvalidSpecException e) {
            return Optional.empty();
        }
        Map<String, Long> gained = new LinkedHashMap<>();
        for (ComponentSpec s : refit.components()) {
            long more = reached(refit, s) - reachedNow.getOrDefault(s.name(), 0L);
            if (more != 0) {
                gained.put(s.name(), more);
            }
        }
        ReachChoice choice = new ReachChoice(c.kind(), c.component(), c.change(), c.consequence(), freed, gained,
                plan);
        return choice.students() > 0 ? Optional.of(choice) : Optional.empty();
    }

    private long reached(ScenarioSpec s, ComponentSpec c) {
        return CostPreview.reach(s, c, registry, central).map(PlanReach::reached).orElse(0L);
    }

    /** Spans cut at the first grade of a school group (or after its last) inside {@code r}'s span. */
    private List<int[]> narrower(PlanReach r) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (SchoolGroup g : fitted.district().schools()) {
            for (int b : new int[]{g.lowGrade(), g.highGrade() + 1}) {
                if (b > r.lowGrade() && b <= r.highGrade()) {
                    cuts.add(b);
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int b : cuts) {
            out.add(new int[]{b, r.highGrade()});
            out.add(new int[]{r.lowGrade(), b - 1});
        }
        return out;
    }

    private static String settingsText(Map<String, Object> settings) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(settings).forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(": ")
                .append(v));
        return b.toString();
    }

    private static ScenarioSpec without(ScenarioSpec s, String name) {
        return s.withComponents(s.components().stream().filter(c -> !c.name().equals(name)).toList());
    }

    private static ScenarioSpec withSettings(ScenarioSpec s, String name, Map<String, Object> changed) {
        return edit(s, name, settings -> settings.putAll(changed));
    }

    @SuppressWarnings("unchecked")
    private static ScenarioSpec withGrades(ScenarioSpec s, String name, String span) {
        return edit(s, name, settings -> {
            Object r = settings.get("rollout");
            Map<String, Object> rollout = r instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m)
                    : new LinkedHashMap<>();
            rollout.put("grades", span);
            settings.put("rollout", rollout);
        });
    }

    private static ScenarioSpec edit(ScenarioSpec s, String name,
                                     java.util.function.Consumer<Map<String, Object>> how) {
        List<ComponentSpec> specs = new ArrayList<>();
        for (ComponentSpec c : s.components()) {
            if (c.name().equals(name)) {
                Map<String, Object> settings = new LinkedHashMap<>(c.settings());
                how.accept(settings);
                specs.add(new ComponentSpec(name, settings));
            } else {
                specs.add(c);
            }
        }
        return s.withComponents(specs);
    }
}
