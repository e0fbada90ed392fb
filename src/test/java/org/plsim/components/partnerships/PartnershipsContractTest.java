package org.plsim.components.partnerships;

import java.util.Map;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.GrantComponentContract;

/** The plug-in contract (switched off changes nothing, same seed same result, own streams only). */
class PartnershipsContractTest extends GrantComponentContract {
    @Override
    protected String componentName() {
        return "partnerships";
    }

    /** Every program on, random targeting so the allocation stream is drawn from too. */
    @Override
    protected Map<String, Object> settings() {
        return Map.of("tutoring_seats_per_100", 10, "mentors_per_100", 10, "after_school_seats_per_100", 20,
                "family_engagement", 0.5, "targeting", "random", "rollout", Map.of("coverage", 0.8));
    }

    @Override
    protected ScenarioSpec scenario() {
        return Districts.scenario(Districts.k12(2, 40), 2, 1, java.util.List.of());
    }
}
