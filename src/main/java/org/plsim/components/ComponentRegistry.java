package org.plsim.components;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.apache.commons.text.similarity.LevenshteinDistance;
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
     * together, with field paths under {@code components.<name>}, as are names in the budget's split that no
     * installed component has ({@code budget.split.<name>}: money for nothing that could spend it).
     */
    public List<GrantComponent> createAll(ScenarioSpec scenario, EvidenceValues evidence) {
        List<ComponentSpec> specs = scenario.components();
        List<GrantComponent> built = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (ComponentSpec spec : specs) {
            GrantComponentFactory f = factories.get(spec.name());
            if (f == null) {
                problems.add(unknown("components." + spec.name(), spec.name()));
                continue;
            }
            try {
                built.add(f.create(spec, scenario, evidence));
            } catch (InvalidSpecException e) {
                e.violations().forEach(v -> problems.add(v.under("components." + spec.name())));
            }
        }
        if (scenario.budget() != null) {
            scenario.budget().split().keySet().stream().filter(name -> !factories.containsKey(name))
                    .forEach(name -> problems.add(unknown("budget.split." + name, name)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return built;
    }

    /** A name at {@code field} that no installed component has, with the closest that one does if it is a slip. */
    private Violation unknown(String field, String name) {
        if (factories.isEmpty()) {
            return new Violation(field, "unknown component '" + name + "'", "none: no grant component is installed");
        }
        String closest = null;
        int best = Integer.MAX_VALUE;
        for (String known : factories.keySet()) {
            int d = new LevenshteinDistance(Math.max(2, known.length() / 4)).apply(name, known);
            if (d >= 0 && d < best) {
                closest = known;
                best = d;
            }
        }
        return new Violation(field, "unknown component '" + name + "'" + (closest == null ? ""
                : " (did you mean '" + closest + "'?)"), "one of " + String.join(", ", factories.keySet()));
    }
}
