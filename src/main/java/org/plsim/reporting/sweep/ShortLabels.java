package org.plsim.reporting.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plsim.analysis.sweep.Design;

/**
 * Point labels short enough for an axis: a component mix is written with the components' initials
 * ({@code blended_learning+learning_plans} → {@code BL+LP}, with a key), any other label is cut at
 * {@value #MAX} characters.
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
            return new ShortLabels(d.labels().stream().map(ShortLabels::cut).toList(), Map.of());
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
        return new ShortLabels(labels, key);
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
