package org.plsim.experiment.sweep.design;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One point of a sweep's design: the values its factors take there.
 *
 * @param index    0-based, in the order the design expands (a pure function of the sweep file)
 * @param label    short human label, e.g. {@code blended_learning+learning_plans} or {@code p07}
 * @param settings factor path → value, in the sweep's factor order (component-mix factors are component
 *                 names with Boolean values: switched on or off)
 */
public record DesignPoint(int index, String label, Map<String, Object> settings) {
    public DesignPoint {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
}
