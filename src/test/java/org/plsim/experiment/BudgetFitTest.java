package org.plsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.model.component.EvidenceValues;
import org.plsim.scenario.Budget;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;

/** Budgets: a plan within budget passes, one over is refused with the numbers, or scaled down to fit. */
class BudgetFitTest {
    private static final ComponentRegistry REGISTRY = ComponentRegistry.discover();
    private static final EvidenceValues NONE = EvidenceValues.of(Map.of());
    /** 2,600 students (1,200 elementary, 600 middle, 800 high) × $100 × 4 years, plus $50,000 a year. */
    private static final ScenarioSpec PLAN = Districts.scenario(Districts.k12(2, 100), 4, 1,
            List.of(new ComponentSpec("costed", Map.of("fixed", 50_000))));

    @Test
    void thePlanCostsWhatItsIngredientsSay() {
        CostPlan plan = CostPlan.of(PLAN, REGISTRY, NONE);
        assertEquals(2_600, PLAN.district().students());
        assertEquals(2_600 * 100 * 4 + 50_000 * 4, plan.dollarsThrough(4), 1e-6);
        assertEquals(Map.of("costed", 1_240_000.0), plan.byComponent(4));
        assertEquals(plan.dollars(1) / PLAN.district().students(), plan.perStudent(1), 1e-12);
    }

    @Test
    void withinBudget_passesUnchanged() {
        Budget budget = new Budget(1e8, 4, Map.of(), Budget.IfOver.REFUSE);
        assertSame(PLAN, BudgetFit.apply(PLAN, budget, REGISTRY, NONE));
    }

    @Test
    void overBudget_isRefused_sayingByHowMuchAndWhatToChange() {
        double cost = CostPlan.of(PLAN, REGISTRY, NONE).dollarsThrough(4);
        Budget budget = new Budget(cost / 2, 4, Map.of(), Budget.IfOver.REFUSE);
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> BudgetFit.apply(PLAN, budget, REGISTRY, NONE));
        String message = e.violations().get(0).toString();
        assertTrue(message.startsWith("budget.total_dollars: found a plan costing "
                + BudgetFit.dollars(cost) + " over 4 grant years"), message);
        assertTrue(message.contains("if_over: scale"), message);
    }

    @Test
    void overBudget_withScale_shrinksCoverageUntilItFits() {
        double cost = CostPlan.of(PLAN, REGISTRY, NONE).dollarsThrough(4);
        Budget budget = new Budget(cost * 0.6, 4, Map.of(), Budget.IfOver.SCALE);
        ScenarioSpec fitted = BudgetFit.apply(PLAN, budget, REGISTRY, NONE);
        double after = CostPlan.of(fitted, REGISTRY, NONE).dollarsThrough(4);
        assertTrue(after <= budget.totalDollars(), after + " > " + budget.totalDollars());
        // Coverage is a share of students: the plan keeps all but the last few dollars of the budget.
        assertTrue(after > budget.totalDollars() - 100 * 2 * 4 - 1, "uses the budget: " + after);
        Object coverage = ((Map<?, ?>) fitted.components().get(0).settings().get("rollout")).get("coverage");
        assertTrue(((Number) coverage).doubleValue() < 1 && ((Number) coverage).doubleValue() > 0.3, coverage + "");
    }

    @Test
    void fixedCostsAboveTheBudget_areRefusedEvenWhenScalingIsAllowed() {
        // $50,000 a year fixed: $200,000 over 4 years cannot fit $150,000 at any coverage.
        Budget budget = new Budget(150_000, 4, Map.of(), Budget.IfOver.SCALE);
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> BudgetFit.apply(PLAN, budget, REGISTRY, NONE));
        assertTrue(e.violations().get(0).toString().contains("even at coverage 0 its fixed costs exceed the budget"),
                e.violations().toString());
    }

    @Test
    void requireScalable_refusesWhatApplyRefuses_withoutScaling_andPassesWhatApplyCanFit() {
        Budget tooSmall = new Budget(150_000, 4, Map.of(), Budget.IfOver.SCALE);
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> BudgetFit.requireScalable(PLAN.withBudget(tooSmall), REGISTRY, NONE));
        assertTrue(e.violations().get(0).toString().contains("even at coverage 0 its fixed costs exceed the budget"),
                e.violations().toString());
        double cost = CostPlan.of(PLAN, REGISTRY, NONE).dollarsThrough(4);
        BudgetFit.requireScalable(PLAN.withBudget(new Budget(cost * 0.6, 4, Map.of(), Budget.IfOver.SCALE)), REGISTRY,
                NONE);
        BudgetFit.requireScalable(PLAN.withBudget(new Budget(150_000, 4, Map.of(), Budget.IfOver.REFUSE)), REGISTRY,
                NONE); // a refusing budget is apply's to refuse, with its own message
        ScenarioSpec two = PLAN.withComponents(List.of(new ComponentSpec("costed", Map.of("fixed", 50_000)),
                new ComponentSpec("costed_other", Map.of("per_student", 10))));
        Budget split = new Budget(400_000, 4, Map.of("costed", 0.25, "costed_other", 0.75), Budget.IfOver.SCALE);
        InvalidSpecException onShare = assertThrows(InvalidSpecException.class,
                () -> BudgetFit.requireScalable(two.withBudget(split), REGISTRY, NONE));
        assertTrue(onShare.violations().get(0).toString().contains("costed $"), onShare.violations().toString());
    }

    @Test
    void aSplit_holdsEachComponentToItsShare() {
        ScenarioSpec two = PLAN.withComponents(List.of(new ComponentSpec("costed", Map.of()),
                new ComponentSpec("costed_other", Map.of("per_student", 10))));
        CostPlan plan = CostPlan.of(two, REGISTRY, NONE);
        double total = plan.dollarsThrough(4);
        Budget budget = new Budget(total, 4, Map.of("costed", 0.5, "costed_other", 0.5), Budget.IfOver.SCALE);
        ScenarioSpec fitted = BudgetFit.apply(two, budget, REGISTRY, NONE);
        CostPlan after = CostPlan.of(fitted, REGISTRY, NONE);
        assertTrue(after.dollars("costed", 4) <= total / 2);
        assertEquals(plan.dollars("costed_other", 4), after.dollars("costed_other", 4), 1e-9, "within its share");
    }
}
