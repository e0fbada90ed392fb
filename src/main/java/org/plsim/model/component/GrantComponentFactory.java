package org.plsim.model.component;

import org.plsim.scenario.ComponentSpec;

/**
 * Creates a component from its scenario settings; found by name through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.plsim.model.component.GrantComponentFactory}), so adding a component
 * touches no core class.
 */
public interface GrantComponentFactory {
    /** The key under the scenario's {@code components:} block. */
    String name();

    /** One line for {@code --help} and the reference scenario. */
    String description();

    /**
     * A component configured from {@code spec.settings()}.
     *
     * @throws org.plsim.scenario.InvalidSpecException naming each bad setting (field paths relative to the
     *         component's block)
     */
    GrantComponent create(ComponentSpec spec);
}
