package org.plsim.experiment;

import static org.plsim.scenario.NumberText.compact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceParameter;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.model.component.GrantComponentFactory;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * What is known of a plan before it runs: its ingredient costs at the registry's central prices, and
 * where it steps outside the evidence — evidence overrides beyond their registry range, component settings
 * beyond what studies covered. The notes become guard-rail flags in the run summary and manifest.
 *
 * @param costs          the plan's costs at central evidence values
 * @param outOfRange     one sentence per evidence override outside the registry's [low, high]
 * @param beyondEvidence one sentence per component setting beyond the studied range
 * @param budgetChanges  one sentence per component the budget scaled down
 */
public record PlanReview(CostPlan costs, List<String> outOfRange, List<String> beyondEvidence,
                         List<String> budgetChanges) {
    public PlanReview {
        outOfRange = List.copyOf(outOfRange);
        beyondEvidence = List.copyOf(beyondEvidence);
        budgetChanges = List.copyOf(budgetChanges);
    }

    /**
     * @param spec   the scenario as it runs (after the budget)
     * @param asRead the scenario as read (before the budget), to say what the budget changed
     */
    public static PlanReview of(ScenarioSpec spec, ScenarioSpec asRead, ComponentRegistry components,
                                EvidenceRegistry evidence) {
        List<String> outside = new ArrayList<>();
        spec.evidence().forEach((id, value) -> evidence.find(id).ifPresent(p -> {
            if (value < p.low() || value > p.high()) {
                outside.add(describe(p, value));
            }
        }));
        List<String> beyond = new ArrayList<>();
        for (ComponentSpec c : spec.components()) {
            GrantComponentFactory f = components.factories().get(c.name());
            if (f != null) {
                f.beyondEvidence(c, spec, evidence.central(spec)).forEach(m -> beyond.add(c.name() + ": " + m));
            }
        }
        return new PlanReview(CostPlan.of(spec, components, evidence.central(spec)), outside, beyond,
                BudgetFit.changes(asRead, spec));
    }

    private static String describe(EvidenceParameter p, double value) {
        return String.format(Locale.ROOT, "evidence.%s = %s %s is outside the registry's range [%s, %s]",
                p.id(), compact(value), p.unit(), compact(p.low()), compact(p.high()));
    }
}
