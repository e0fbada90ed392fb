package org.plsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.GrantComponentFactory;
import org.plsim.model.component.PlanReach;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Violation;

/**
 * What a plan costs and whom it reaches, known without running it: the costs {@code plsim run} would write to
 * {@code costs.csv} (the plan held to its budget by {@link BudgetFit}, priced by {@link CostPlan} at the
 * evidence registry's central values), the students each component reaches as written and within the budget,
 * and — when the budget scaled coverage down — the choices that would reach more ({@link ReachChoices}).
 *
 * @param asWritten the plan as read, before the budget
 * @param fitted    the plan as it would run (the budget's scaling applied; as written when refused)
 * @param written   the costs of the plan as written
 * @param costs     the costs of the plan as it would run: the figures of a run's {@code costs.csv}
 * @param reach     whom each component reaches, as written and within the budget, in scenario order
 * @param refusal   why {@code plsim run} would refuse the plan (over a budget that may not scale it, or
 *                  whose fixed costs alone exceed it); empty when it would run
 * @param choices   changes that would reach more students within the budget, most students first; empty
 *                  unless the budget scaled coverage down
 */
public record CostPreview(ScenarioSpec asWritten, ScenarioSpec fitted, CostPlan written, CostPlan costs,
                          List<ComponentReach> reach, Optional<Violation> refusal, List<ReachChoice> choices) {
    public CostPreview {
        reach = List.copyOf(reach);
        choices = List.copyOf(choices);
    }

    /** One component's students, as written and within the budget (empty: the component does not say). */
    public record ComponentReach(String component, Optional<PlanReach> asWritten, Optional<PlanReach> fitted) {
    }

    /** The preview of {@code scenario}, whose components were built (their settings checked) beforehand. */
    public static CostPreview of(ScenarioSpec scenario, ComponentRegistry registry, EvidenceRegistry evidence) {
        EvidenceValues central = evidence.central(scenario);
        ScenarioSpec fitted = scenario;
        Optional<Violation> refusal = Optional.empty();
        try {
            fitted = BudgetFit.apply(scenario, scenario.budget(), registry, central);
        } catch (InvalidSpecException e) {
            refusal = Optional.of(e.violations().get(0));
        }
        List<ComponentReach> reach = new ArrayList<>();
        for (int i = 0; i < scenario.components().size(); i++) {
            ComponentSpec c = scenario.components().get(i);
            reach.add(new ComponentReach(c.name(), reach(scenario, c, registry, central),
                    reach(fitted, fitted.components().get(i), registry, central)));
        }
        List<ReachChoice> choices = fitted.equals(scenario) ? List.of()
                : new ReachChoices(scenario, fitted, registry, central).find();
        return new CostPreview(scenario, fitted, CostPlan.of(scenario, registry, central),
                CostPlan.of(fitted, registry, evidence.central(fitted)), reach, refusal, choices);
    }

    /** Whether the budget scaled coverage down (then the plan reaches fewer students than written). */
    public boolean scaled() {
        return !fitted.equals(asWritten);
    }

    /** Students {@code c} reaches in {@code scenario}, as its component counts them. */
    static Optional<PlanReach> reach(ScenarioSpec scenario, ComponentSpec c, ComponentRegistry registry,
                                     EvidenceValues central) {
        GrantComponentFactory f = registry.factories().get(c.name());
        return f == null ? Optional.empty() : f.reach(c, scenario, central);
    }
}
