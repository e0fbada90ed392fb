package org.plsim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.plsim.components.ComponentRegistry;
import org.plsim.model.component.EvidenceValues;
import org.plsim.scenario.Budget;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Violation;

/**
 * Holds a plan to its budget before anything runs: a plan within budget passes unchanged; one over budget
 * is refused with a message that says by how much and what to change, or — when the budget says
 * {@code if_over: scale} — has each over-spending component's coverage ({@code rollout.coverage}) scaled down
 * until its grant-years cost fits its allowance (the whole budget shared in proportion when there is no
 * split). Costs are taken at the evidence registry's central values.
 */
public final class BudgetFit {
    private static final int BISECTIONS = 50;

    private BudgetFit() {
    }

    /** The scenario, scaled to fit if it must and may be; throws {@link InvalidSpecException} if refused. */
    public static ScenarioSpec apply(ScenarioSpec scenario, Budget budget, ComponentRegistry registry,
                                     EvidenceValues central) {
        if (budget == null || scenario.components().isEmpty()) {
            return scenario;
        }
        int years = budget.grantYears();
        CostPlan plan = CostPlan.of(scenario, registry, central);
        List<String> over = overspent(plan, budget, years);
        if (over.isEmpty()) {
            return scenario;
        }
        if (budget.ifOver() == Budget.IfOver.REFUSE) {
            throw new InvalidSpecException(List.of(refusal(scenario, plan, budget, years, over)));
        }
        if (budget.split().isEmpty()) {
            java.util.function.Predicate<ScenarioSpec> fits =
                    s -> CostPlan.of(s, registry, central).dollarsThrough(years) <= budget.totalDollars();
            requireFitsAtZero(fits.test(scaled(scenario, null, 0)), scenario, plan, budget, years, over);
            double f = largestFitting(x -> scaled(scenario, null, x), fits);
            return scaled(scenario, null, f);
        }
        ScenarioSpec result = scenario;
        for (String name : over) {
            ScenarioSpec base = result;
            java.util.function.Predicate<ScenarioSpec> fits =
                    s -> CostPlan.of(s, registry, central).dollars(name, years) <= budget.allowance(name);
            requireFitsAtZero(fits.test(scaled(base, name, 0)), scenario, plan, budget, years, List.of(name));
            double f = largestFitting(x -> scaled(base, name, x), fits);
            result = scaled(base, name, f);
        }
        return result;
    }

    /**
     * Refuses, as {@link #apply} would, a plan over a budget that may scale it but whose fixed costs alone
     * (coverage 0) exceed the budget — without the bisection that finds the coverage that fits: a cheap check
     * for when many plans are read and each is scaled only when it runs (sweep points).
     *
     * @throws InvalidSpecException on {@code budget.total_dollars}, saying what the plan costs
     */
    public static void requireScalable(ScenarioSpec scenario, ComponentRegistry registry, EvidenceValues central) {
        Budget budget = scenario.budget();
        if (budget == null || budget.ifOver() != Budget.IfOver.SCALE || scenario.components().isEmpty()) {
            return;
        }
        int years = budget.grantYears();
        CostPlan plan = CostPlan.of(scenario, registry, central);
        List<String> over = overspent(plan, budget, years);
        if (over.isEmpty()) {
            return;
        }
        if (budget.split().isEmpty()) {
            double atZero = CostPlan.of(scaled(scenario, null, 0), registry, central).dollarsThrough(years);
            requireFitsAtZero(atZero <= budget.totalDollars(), scenario, plan, budget, years, over);
        }
        for (String name : budget.split().isEmpty() ? List.<String>of() : over) {
            double atZero = CostPlan.of(scaled(scenario, name, 0), registry, central).dollars(name, years);
            requireFitsAtZero(atZero <= budget.allowance(name), scenario, plan, budget, years, List.of(name));
        }
    }

    /**
     * The scenario's components built at central evidence values (bad settings fail here, with field paths)
     * and its plan held to its budget: what every run goes through before any work.
     */
    public static ScenarioSpec checked(ScenarioSpec scenario, ComponentRegistry registry,
                                       org.plsim.evidence.EvidenceRegistry evidence) {
        EvidenceValues central = evidence.central(scenario);
        registry.createAll(scenario, central);
        return apply(scenario, scenario.budget(), registry, central);
    }

    /** One line per component whose coverage the budget scaled, e.g. for the run summary. */
    public static List<String> changes(ScenarioSpec before, ScenarioSpec after) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < before.components().size(); i++) {
            double was = coverage(before.components().get(i));
            double now = coverage(after.components().get(i));
            if (now != was) {
                out.add(String.format(java.util.Locale.ROOT, "%s: rollout.coverage scaled from %.3f to %.3f to fit "
                        + "the budget", before.components().get(i).name(), was, now));
            }
        }
        return out;
    }

    private static double coverage(ComponentSpec c) {
        return c.settings().get("rollout") instanceof Map<?, ?> r && r.get("coverage") instanceof Number n
                ? n.doubleValue() : 1.0;
    }

    /** Components (or, without a split, all of them) whose grant-years cost exceeds the allowance. */
    static List<String> overspent(CostPlan plan, Budget budget, int years) {
        if (budget.split().isEmpty()) {
            return plan.dollarsThrough(years) > budget.totalDollars()
                    ? List.copyOf(plan.byComponent(years).keySet()) : List.of();
        }
        List<String> out = new ArrayList<>();
        plan.byComponent(years).forEach((name, dollars) -> {
            if (dollars > budget.allowance(name)) {
                out.add(name);
            }
        });
        return out;
    }

    private static Violation refusal(ScenarioSpec scenario, CostPlan plan, Budget budget, int years,
                                     List<String> over) {
        StringBuilder parts = new StringBuilder();
        plan.byComponent(years).forEach((name, dollars) -> parts.append(parts.length() == 0 ? "" : ", ")
                .append(name).append(' ').append(dollars(dollars))
                .append(budget.split().isEmpty() ? "" : " of " + dollars(budget.allowance(name))));
        String found = "a plan costing " + dollars(plan.dollarsThrough(years)) + " over " + years
                + " grant years (" + parts + ") against " + dollars(budget.totalDollars())
                + unspent(scenario, budget);
        return new Violation("budget.total_dollars", found, "a plan within budget: lower dosage, coverage or "
                + "the grades served of " + String.join(", ", over) + ", raise the budget, or set "
                + "budget.if_over: scale to scale coverage down to fit");
    }

    /**
     * The part of the budget a split gives to components the plan does not switch on: without it, a refusal of a
     * plan costing less than the total would read as though the plan fits.
     */
    private static String unspent(ScenarioSpec scenario, Budget budget) {
        StringBuilder out = new StringBuilder();
        budget.split().forEach((name, share) -> {
            if (scenario.components().stream().noneMatch(c -> c.name().equals(name) && c.switchedOn())) {
                out.append(out.length() == 0 ? ", of which " : " and ").append(dollars(budget.allowance(name)))
                        .append(" (budget.split.").append(name).append(") is for ").append(name);
            }
        });
        return out.length() == 0 ? "" : out + ", which is not switched on, so no component may spend it";
    }

    /**
     * Scaling coverage cannot fix a plan whose fixed costs (coordinators, PD for every teacher …) alone
     * exceed the budget: that is refused too, rather than scaled to nothing.
     */
    private static void requireFitsAtZero(boolean fits, ScenarioSpec scenario, CostPlan plan, Budget budget,
                                          int years, List<String> over) {
        if (!fits) {
            Violation v = refusal(scenario, plan, budget, years, over);
            throw new InvalidSpecException(List.of(new Violation(v.field(), v.found() + "; even at coverage 0 its "
                    + "fixed costs exceed the budget, so scaling cannot fit it", v.allowed())));
        }
    }

    /** The largest factor in [0, 1] for which {@code fits} holds, by bisection (cost grows with coverage). */
    private static double largestFitting(DoubleFunction<ScenarioSpec> at,
                                         java.util.function.Predicate<ScenarioSpec> fits) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = (lo + hi) / 2;
            if (fits.test(at.apply(mid))) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The scenario with {@code only}'s (null: every component's) coverage multiplied by {@code factor}. */
    static ScenarioSpec scaled(ScenarioSpec s, String only, double factor) {
        List<ComponentSpec> specs = new ArrayList<>();
        for (ComponentSpec c : s.components()) {
            specs.add(only == null || c.name().equals(only) ? withCoverageScaled(c, factor) : c);
        }
        return s.withComponents(specs);
    }

    @SuppressWarnings("unchecked")
    private static ComponentSpec withCoverageScaled(ComponentSpec c, double factor) {
        Map<String, Object> settings = new LinkedHashMap<>(c.settings());
        Object r = settings.get("rollout");
        Map<String, Object> rollout = r instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m)
                : new LinkedHashMap<>();
        Object cov = rollout.get("coverage");
        double coverage = cov instanceof Number n ? n.doubleValue() : 1.0;
        rollout.put("coverage", coverage * factor);
        settings.put("rollout", rollout);
        return new ComponentSpec(c.name(), settings);
    }

    static String dollars(double d) {
        return String.format(java.util.Locale.ROOT, "$%,.0f", d);
    }
}
