package org.plsim.experiment;

import java.util.Map;
import org.plsim.scenario.ScenarioSpec;

/**
 * One change to a plan that a budget scaled down, and what it buys: the dollars it frees at the coverage the
 * budget allowed, and the students each component then reaches beyond what it reached before, once the changed
 * plan is held to the same budget.
 *
 * @param kind        what is changed: {@code component} (dropped), {@code training} (left out) or
 *                    {@code grades} (narrowed)
 * @param component   the component changed
 * @param change      the change in scenario-file terms, e.g. {@code components.learning_plans.advisor_pd_hours: 0}
 * @param consequence what the plan loses besides money, one sentence; empty when nothing beyond its students
 * @param freed       dollars over the grant years the change frees at the budget's coverage
 * @param gained      more students reached, by component (only those reaching more), in scenario order
 * @param plan        the plan as written with the change made: preview it to see the figures
 */
public record ReachChoice(String kind, String component, String change, String consequence, double freed,
                          Map<String, Long> gained, ScenarioSpec plan) {
    public ReachChoice {
        gained = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(gained));
    }

    /** More students reached over all components (a student reached by two counts twice). */
    public long students() {
        return gained.values().stream().mapToLong(Long::longValue).sum();
    }
}
