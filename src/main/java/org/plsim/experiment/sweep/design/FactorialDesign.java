package org.plsim.experiment.sweep.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Full factorial: every combination of the factors' levels, the last factor varying fastest. */
public final class FactorialDesign {
    private FactorialDesign() {
    }

    public static Expansion expand(List<Factor> factors) {
        List<String> paths = factors.stream().map(Factor::path).toList();
        List<String> names = PointLabels.shortNames(paths);
        List<DesignPoint> points = new ArrayList<>();
        for (Map<String, Object> settings : combinations(factors)) {
            points.add(new DesignPoint(points.size(), PointLabels.levels(names, settings, paths), settings));
        }
        return new Expansion(points, List.of());
    }

    /**
     * The combinations in odometer order: combination c sets factor j to level
     * {@code (c / (product of the later factors' level counts)) % (factor j's level count)}. No factors: one
     * empty combination.
     */
    static List<Map<String, Object>> combinations(List<Factor> factors) {
        long count = 1;
        for (Factor f : factors) {
            count *= f.levels().size();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (long c = 0; c < count; c++) {
            Map<String, Object> settings = new LinkedHashMap<>();
            long rest = c;
            Object[] values = new Object[factors.size()];
            for (int j = factors.size() - 1; j >= 0; j--) {
                List<Object> levels = factors.get(j).levels();
                values[j] = levels.get((int) (rest % levels.size()));
                rest /= levels.size();
            }
            for (int j = 0; j < factors.size(); j++) {
                settings.put(factors.get(j).path(), values[j]);
            }
            out.add(settings);
        }
        return out;
    }
}
