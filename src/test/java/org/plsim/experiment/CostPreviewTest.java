package org.plsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.io.input.HeapBudget;
import org.plsim.io.input.ScenarioReader;
import org.plsim.model.component.PlanReach;
import org.plsim.scenario.ScenarioSpec;

/**
 * The cost preview's advice: under a budget that scaled coverage down, every change it names frees the dollars it
 * says and, previewed again as a plan of its own, reaches the students it promised.
 */
class CostPreviewTest {
    private static final ComponentRegistry REGISTRY = ComponentRegistry.discover();
    private static final EvidenceRegistry EVIDENCE = EvidenceRegistry.builtIn();

    @Test
    void eachKindOfChange_whenApplied_reachesTheStudentsItNamed() throws Exception {
        ScenarioSpec plan = new ScenarioReader(new HeapBudget(Long.MAX_VALUE, 1))
                .read(Path.of("scenarios/components/all_four.yaml"));
        CostPreview preview = CostPreview.of(plan, REGISTRY, EVIDENCE);
        assertTrue(preview.scaled(), "all_four.yaml costs more than its $20M and scales coverage down");
        Map<String, ReachChoice> firstOfEachKind = new LinkedHashMap<>();
        preview.choices().forEach(c -> firstOfEachKind.putIfAbsent(c.kind(), c));
        assertEquals(List.of("component", "grades", "training"), firstOfEachKind.keySet().stream().sorted().toList());
        int years = plan.budget().grantYears();
        for (ReachChoice choice : firstOfEachKind.values()) {
            CostPreview after = CostPreview.of(choice.plan(), REGISTRY, EVIDENCE);
            long before = reached(preview);
            assertTrue(reached(after) > before, choice.change() + ": " + reached(after) + " students, not more than "
                    + before);
            assertTrue(after.costs().dollarsThrough(years) <= plan.budget().totalDollars(), choice.change());
            choice.gained().forEach((component, more) -> assertEquals(reached(preview, component) + more,
                    reached(after, component), choice.change() + ": " + component));
            assertTrue(choice.freed() > 0, choice.change());
        }
    }

    @Test
    void thePlanAsRun_isTheBudgetFitOfThePlanAsWritten_andWithinBudgetHasNoAdvice() throws Exception {
        ScenarioSpec plan = new ScenarioReader(new HeapBudget(Long.MAX_VALUE, 1))
                .read(Path.of("scenarios/components/all_four.yaml"));
        CostPreview preview = CostPreview.of(plan, REGISTRY, EVIDENCE);
        assertEquals(BudgetFit.checked(plan, REGISTRY, EVIDENCE), preview.fitted());
        assertEquals(PlanReview.of(preview.fitted(), plan, REGISTRY, EVIDENCE).costs().lines(),
                preview.costs().lines());
        CostPreview rich = CostPreview.of(plan.withBudget(null), REGISTRY, EVIDENCE);
        assertFalse(rich.scaled());
        assertTrue(rich.choices().isEmpty());
        assertEquals(rich.written().lines(), rich.costs().lines());
    }

    private static long reached(CostPreview p) {
        return p.reach().stream().mapToLong(r -> r.fitted().map(PlanReach::reached).orElse(0L)).sum();
    }

    private static long reached(CostPreview p, String component) {
        return p.reach().stream().filter(r -> r.component().equals(component)).findFirst()
                .flatMap(CostPreview.ComponentReach::fitted).map(PlanReach::reached).orElse(0L);
    }
}
