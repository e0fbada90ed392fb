package org.plsim.components;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.component.GrantComponentFactory;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Violation;

/**
 * Grant components by the name a scenario uses for them, found with {@link ServiceLoader}: a new component
 * is a factory listed in {@code META-INF/services/org.plsim.model.component.GrantComponentFactory}.
 */
public final class ComponentRegistry {
    private final Map<String, GrantComponentFactory> factories;

    public ComponentRegistry(Iterable<GrantComponentFactory> found) {
        Map<String, GrantComponentFactory> m = new TreeMap<>();
        for (GrantComponentFactory f : found) {
            if (m.put(f.name(), f) != null) {
                throw new IllegalStateException("two grant components are named " + f.name());
            }
        }
        this.factories = Collections.unmodifiableMap(m);
    }

    /** Every component on the class path. */
    public static ComponentRegistry discover() {
        return new ComponentRegistry(ServiceLoader.load(GrantComponentFactory.class));
    }

    public List<String> names() {
        return List.copyOf(factories.keySet());
    }

    public Map<String, GrantComponentFactory> factories() {
        return factories;
    }

    /**
     * The components of a scenario, built in scenario order. Unknown names and bad settings are reported
     * together, with field paths under {@code components.<name>}.
     */
    public List<GrantComponent> createAll(ScenarioSpec scenario, EvidenceValues evidence) {
        List<ComponentSpec> specs = scenario.components();
        List<GrantComponent> built = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (ComponentSpec spec : specs) {
            GrantComponentFactory f = factories.get(spec.name());
            if (f == null) {
                String allowed = factories.isEmpty() ? "none: no grant component is installed"
                        : "one of " + String.join(", ", factories.keySet());
                problems.add(new Violation("components." + spec.name(), "unknown component '" + spec.name() + "'",
                        allowed));
                continue;
            }
            try {
                built.add(f.create(spec, scenario, evidence));
            } catch (InvalidSpecException e) {
                e.violations().forEach(v -> problems.add(v.under("components." + spec.name())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return built;
    }
}
