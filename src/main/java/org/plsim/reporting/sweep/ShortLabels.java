package org.plsim.reporting.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plsim.analysis.sweep.Design;

/**
 * Point labels short enough for an axis: a component mix is written with the components' initials
 * ({@code blended_learning+learning_plans} → {@code BL+LP}, with a key), any other label is cut at
 * {@value #MAX} characters. Labels are series and category names in the charts, so they are always unique.
 */
final class ShortLabels {
    static final int MAX = 24;
    private final List<String> labels;
    private final Map<String, String> key;

    private ShortLabels(List<String> labels, Map<String, String> key) {
        this.labels = List.copyOf(labels);
        this.key = key;
    }

    static ShortLabels of(Design d) {
        Map<String, String> key = new LinkedHashMap<>();
        List<Integer> switches = new ArrayList<>();
        for (int f = 0; f < d.factors().size(); f++) {
            if (d.type().equals(Design.COMPONENT_MIX) && d.isSwitch(f)) {
                switches.add(f);
                key.put(initials(d.factors().get(f)), d.factors().get(f));
            }
        }
        if (switches.isEmpty() || key.size() < switches.size()) { // no components, or two share initials
            return cutOrValues(d);
        }
        List<String> labels = new ArrayList<>();
        List<String> abbreviations = List.copyOf(key.keySet());
        for (int p = 0; p < d.points(); p++) {
            List<String> on = new ArrayList<>();
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < switches.size(); i++) {
                if (d.text().get(p).get(switches.get(i)).equals(Design.ON)) {
                    on.add(abbreviations.get(i));
                }
            }
            for (int f = 0; f < d.factors().size(); f++) {
                if (!switches.contains(f)) {
                    rest.add(d.text().get(p).get(f));
                }
            }
            String mix = on.isEmpty() ? "none" : String.join("+", on);
            labels.add(rest.isEmpty() ? mix : mix + " " + String.join("/", rest));
        }
        return new ShortLabels(unique(labels), key);
    }

    /**
     * Each label cut to {@value #MAX} characters; when two cut labels are the same (factors whose names end
     * alike, e.g. two {@code fidelity.start}), the factor values alone ({@code 0.4/0.6}), with a key naming the
     * factors in that order.
     */
    private static ShortLabels cutOrValues(Design d) {
        List<String> cut = d.labels().stream().map(ShortLabels::cut).toList();
        if (cut.stream().distinct().count() == cut.size() || d.factors().isEmpty()) {
            return new ShortLabels(unique(cut), Map.of());
        }
        List<String> values = new ArrayList<>();
        for (int p = 0; p < d.points(); p++) {
            values.add(cut(String.join("/", d.text().get(p))));
        }
        Map<String, String> key = new LinkedHashMap<>();
        key.put("label", String.join(" / ", d.factors()));
        return new ShortLabels(unique(values), key);
    }

    /** The labels with any repeated one told apart by its point number ({@code … #7}), still within MAX. */
    static List<String> unique(List<String> labels) {
        Map<String, Integer> seen = new HashMap<>();
        labels.forEach(l -> seen.merge(l, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        Set<String> taken = new HashSet<>(labels);
        for (int p = 0; p < labels.size(); p++) {
            String l = labels.get(p);
            if (seen.get(l) > 1) {
                String suffix = " #" + p;
                String base = l.length() + suffix.length() <= MAX ? l : l.substring(0, MAX - suffix.length() - 1) + "…";
                l = base + suffix;
                while (!taken.add(l)) {
                    l = l + "'";
                }
            }
            out.add(l);
        }
        return out;
    }

    String of(int point) {
        return labels.get(point);
    }

    /** "BL = blended_learning, LP = learning_plans", or empty when labels are not abbreviated. */
    String key() {
        return String.join(", ", keyEntries());
    }

    /** "BL = blended_learning", … one per abbreviation. */
    List<String> keyEntries() {
        return key.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList();
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : name.substring(name.lastIndexOf('.') + 1).split("[_\\s-]+")) {
            if (!word.isEmpty()) {
                b.append(word.charAt(0));
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    private static String cut(String label) {
        return label.length() <= MAX ? label : label.substring(0, MAX - 1) + "…";
    }
}
