package org.plsim.experiment.sweep.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The component-mix design: the 2^k on/off mixes of k components in standard (Yates) order — mix m switches
 * component j on when bit j of m is set, so point 0 is none (both arms business as usual), point 1 the first
 * component alone, point 2 the second, point 3 the first two … point 2^k − 1 all of them. Crossed factors
 * run their full factorial within each mix (mix outermost, the last factor fastest).
 */
public final class ComponentMixDesign {
    /** The label of the mix with no component on. */
    static final String NONE = "none";

    private ComponentMixDesign() {
    }

    public static Expansion expand(List<String> components, List<Factor> factors) {
        List<String> paths = factors.stream().map(Factor::path).toList();
        List<String> names = PointLabels.shortNames(paths);
        List<Map<String, Object>> crossed = FactorialDesign.combinations(factors);
        List<DesignPoint> points = new ArrayList<>();
        for (int mix = 0; mix < 1 << components.size(); mix++) {
            Map<String, Object> switches = new LinkedHashMap<>();
            for (int j = 0; j < components.size(); j++) {
                switches.put(components.get(j), (mix >> j & 1) == 1);
            }
            String mixLabel = label(switches);
            for (Map<String, Object> levels : crossed) {
                Map<String, Object> settings = new LinkedHashMap<>(switches);
                settings.putAll(levels);
                String label = factors.isEmpty() ? mixLabel : mixLabel + " " + PointLabels.levels(names, levels, paths);
                points.add(new DesignPoint(points.size(), label, settings));
            }
        }
        return new Expansion(points, List.of());
    }

    /** The components switched on, joined by '+', or {@value #NONE}. */
    static String label(Map<String, Object> switches) {
        List<String> on = new ArrayList<>();
        switches.forEach((name, value) -> {
            if (Boolean.TRUE.equals(value)) {
                on.add(name);
            }
        });
        return on.isEmpty() ? NONE : String.join("+", on);
    }
}
