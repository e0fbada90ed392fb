package org.plsim.scenario;

import java.util.Map;
import java.util.TreeMap;

/**
 * One grant component switched on in a scenario: its registry name and its settings, as read from the
 * scenario's {@code components:} block. Settings are interpreted (and validated) by the component itself.
 */
public record ComponentSpec(String name, Map<String, Object> settings) {
    public ComponentSpec {
        new Checks().require(name != null && !name.isBlank(), "name", String.valueOf(name), "a component name")
                .throwIfAny();
        settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
    }

    /** False when its settings say {@code enabled: false}: named in the plan, but doing nothing. */
    public boolean switchedOn() {
        return !Boolean.FALSE.equals(settings.get("enabled"));
    }
}
