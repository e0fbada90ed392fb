package org.plsim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.model.DistrictModel;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.observe.Outcome;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * What every grant component must honour (STYLE habit 13: contract tests for plug-ins). A component's test
 * class extends this and says which component, on which small district, with which settings.
 *
 * <ul>
 * <li>switched off ({@code enabled: false}) it changes nothing: the arms are bit-identical;</li>
 * <li>switched on it changes something (so the checks above are not vacuous);</li>
 * <li>the same seed gives the same outcomes;</li>
 * <li>it draws only from its own streams: at coverage 0 it makes its draws but must not move those of
 *     another component (the test-only {@code extra_practice}) or of the model, and another component's
 *     draws must not move its own.</li>
 * </ul>
 */
public abstract class GrantComponentContract {
    /** The component's scenario name. */
    protected abstract String componentName();

    /** Settings that switch it on strongly enough to change outcomes in {@link #scenario}. */
    protected abstract Map<String, Object> settings();

    /** A small district (a few thousand students, 2 years) the component serves. */
    protected abstract ScenarioSpec scenario();

    @Test
    void switchedOff_changesNothing() {
        assertEquals(run(), run(with(componentName(), put(settings(), "enabled", false))));
    }

    @Test
    void switchedOn_changesOutcomes() {
        assertNotEquals(run(), run(with(componentName(), settings())));
    }

    @Test
    void sameSeed_sameOutcomes() {
        ScenarioSpec s = with(componentName(), settings());
        assertEquals(run(s), run(s));
    }

    @Test
    void drawsOnlyFromItsOwnStreams() {
        Map<String, Object> none = put(settings(), "rollout", Map.of("coverage", 0.0));
        Map<String, Object> practice = Map.of("sd_per_week", 0.004, "reach", 0.5);
        // Its draws (at coverage 0 it changes nothing) do not move extra_practice's or the model's.
        assertEquals(run(with(Map.of("extra_practice", practice))),
                run(with(Map.of("extra_practice", practice, componentName(), none))));
        // extra_practice's draws (at 0 SD a week it changes nothing) do not move this component's.
        assertEquals(run(with(Map.of(componentName(), settings()))),
                run(with(Map.of(componentName(), settings(), "extra_practice",
                        Map.of("sd_per_week", 0.0, "reach", 0.5)))));
    }

    private ScenarioSpec with(String name, Map<String, Object> settings) {
        return with(Map.of(name, settings));
    }

    private ScenarioSpec with(Map<String, Map<String, Object>> components) {
        ScenarioSpec base = scenario();
        List<ComponentSpec> specs = new ArrayList<>();
        components.forEach((n, s) -> specs.add(new ComponentSpec(n, s)));
        return new ScenarioSpec(base.id(), base.title(), base.years(), base.weeksPerYear(), 1, base.seed(),
                base.district(), base.bau(), specs);
    }

    private List<Outcome> run() {
        return run(with(Map.of()));
    }

    private List<Outcome> run(ScenarioSpec spec) {
        List<GrantComponent> components = ComponentRegistry.discover().createAll(spec, TestEvidence.central());
        List<Outcome> out = new ArrayList<>();
        new DistrictModel(spec, RandomStreams.runSeed(spec.seed(), 0), components, out::add, 1).run();
        return out;
    }

    /** A copy of {@code m} with {@code key} set; a nested map value is merged into an existing block. */
    @SuppressWarnings("unchecked")
    protected static Map<String, Object> put(Map<String, Object> m, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(m);
        if (value instanceof Map<?, ?> v && copy.get(key) instanceof Map<?, ?> old) {
            Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) old);
            merged.putAll((Map<String, Object>) v);
            copy.put(key, merged);
        } else {
            copy.put(key, value);
        }
        return copy;
    }
}
