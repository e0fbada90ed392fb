package org.plsim.experiment.sweep.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.plsim.scenario.NumberText;

/**
 * Short human labels for design points: {@code math=90 peak=0.85} for listed levels (each factor named by
 * the shortest tail of its path that no other factor shares), {@code p07} for sampled points.
 */
public final class PointLabels {
    private PointLabels() {
    }

    /** Each path's shortest dotted tail that is unique among {@code paths}. */
    public static List<String> shortNames(List<String> paths) {
        List<String> out = new ArrayList<>();
        for (String path : paths) {
            String[] parts = path.split("\\.");
            String name = path;
            for (int n = 1; n <= parts.length; n++) {
                String tail = tail(parts, n);
                boolean shared = paths.stream().filter(p -> !p.equals(path))
                        .anyMatch(p -> p.equals(tail) || p.endsWith("." + tail));
                if (!shared) {
                    name = tail;
                    break;
                }
            }
            out.add(name);
        }
        return out;
    }

    /** {@code name=value} for each factor, space-separated, in factor order. */
    static String levels(List<String> names, Map<String, Object> settings, List<String> paths) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            parts.add(names.get(i) + "=" + value(settings.get(paths.get(i))));
        }
        return String.join(" ", parts);
    }

    /** {@code p} and the index, zero-padded to the width of the largest: p007 of 120 points. */
    static String numbered(String prefix, int index, int count) {
        int width = Integer.toString(Math.max(0, count - 1)).length();
        return prefix + String.format("%0" + width + "d", index);
    }

    /** A value as a user would write it: 0.85, 90, adaptive, [middle, high]. */
    static String value(Object v) {
        if (v instanceof Double d && Double.isFinite(d)) {
            return NumberText.plain(d);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(PointLabels::value).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(v);
    }

    private static String tail(String[] parts, int n) {
        return String.join(".", Arrays.copyOfRange(parts, parts.length - n, parts.length));
    }
}
