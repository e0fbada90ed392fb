package org.plsim.components.competency;

import java.util.Map;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.GrantComponentContract;

/** The plug-in contract (off changes nothing, same seed same result, own streams only) for competency progression. */
class CompetencyProgressionContractTest extends GrantComponentContract {
    @Override
    protected String componentName() {
        return CompetencyProgression.NAME;
    }

    @Override
    protected Map<String, Object> settings() {
        return Map.of("mastery_threshold", 0.8, "pace_support", 0.5);
    }

    @Override
    protected ScenarioSpec scenario() {
        return Districts.small(2);
    }
}
