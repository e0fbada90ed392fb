package org.plsim.components.plans;

import java.util.Map;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.GrantComponentContract;

/** The plug-in contract for {@code learning_plans} on a small K-12 district over two years. */
class LearningPlansContractTest extends GrantComponentContract {
    @Override
    protected String componentName() {
        return "learning_plans";
    }

    @Override
    protected Map<String, Object> settings() {
        return Map.of("advisory_minutes_per_week", 45, "added_counselors_per_1000_students", 2.0,
                "fidelity", Map.of("start", 1.0, "peak", 1.0));
    }

    @Override
    protected ScenarioSpec scenario() {
        return Districts.small(2);
    }
}
