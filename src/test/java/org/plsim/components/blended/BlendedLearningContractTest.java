package org.plsim.components.blended;

import java.util.Map;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.GrantComponentContract;

/** Blended learning honours the grant-component contract (off ⇒ identical arms, own streams, same seed). */
class BlendedLearningContractTest extends GrantComponentContract {
    @Override
    protected String componentName() {
        return "blended_learning";
    }

    @Override
    protected Map<String, Object> settings() {
        return BlendedRuns.fullImplementation();
    }

    @Override
    protected ScenarioSpec scenario() {
        return Districts.small(2);
    }
}
