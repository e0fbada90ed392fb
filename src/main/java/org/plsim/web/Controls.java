package org.plsim.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.evidence.ResolvedEvidence;
import org.plsim.io.input.ScenarioFormat;
import org.plsim.model.component.GrantComponentFactory;
import org.plsim.model.component.SettingField;
import org.plsim.model.component.StudiedRange;
import org.plsim.scenario.ScenarioSpec;

/**
 * The page's controls for one base scenario, in the one canonical order the URL uses: per component (blended
 * learning, learning plans, competency progression, partnerships) on/off, dosage, fidelity, coverage and
 * grades, then the budget. Units, ranges and defaults come from each component's settings reference
 * ({@link GrantComponentFactory#settings}), studied ranges from {@link GrantComponentFactory#studiedRanges}.
 */
public final class Controls {
    /** Component name → its settings on the page, in order. */
    static final Map<String, List<String>> KEYS = keys();
    static final Map<String, String> COMPONENT_LABELS = Map.of("blended_learning", "Blended learning",
            "learning_plans", "Individual learning plans", "competency_progression", "Competency-based progression",
            "partnerships", "Community partnerships");
    public static final String BUDGET = "budget.total_dollars";
    private static final Map<String, String> LABELS = Map.of("enabled", "Switched on",
            "adaptive_minutes_per_week.math", "Adaptive math software",
            "adaptive_minutes_per_week.reading", "Adaptive reading software",
            "advisory_minutes_per_week", "Advisory time for plans", "mastery_threshold", "Mastery threshold",
            "tutoring_hours_per_week", "Tutoring per tutored student", "fidelity.peak", "Fidelity once established",
            "rollout.coverage", "Coverage of eligible students", "rollout.grades", "Grades served");

    private final List<Control> all;

    private Controls(List<Control> all) {
        this.all = List.copyOf(all);
    }

    public static Controls of(ScenarioSpec base, ComponentRegistry components, EvidenceRegistry evidence) {
        ResolvedEvidence central = evidence.central(base);
        Map<String, Object> tree = ScenarioFormat.toTree(base);
        List<Control> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> c : KEYS.entrySet()) {
            GrantComponentFactory f = components.factories().get(c.getKey());
            if (f == null) {
                continue;
            }
            List<SettingField> fields = f.settings(base, central);
            List<StudiedRange> studied = f.studiedRanges(base, central);
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) ((Map<String, Object>) tree.get("components"))
                    .get(c.getKey());
            for (String key : c.getValue()) {
                SettingField s = fields.stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow(
                        () -> new IllegalStateException(c.getKey() + " documents no setting " + key));
                out.add(control(c.getKey(), s, studied.stream().filter(r -> r.key().equals(key)).findFirst(),
                        baseValue(settings, key, s)));
            }
        }
        double total = ((Number) ((Map<?, ?>) tree.get("budget")).get("total_dollars")).doubleValue();
        out.add(new Control(BUDGET, "", Control.Kind.NUMBER, "Grant budget", "total grant dollars over the grant "
                + "years; 0: no budget (nothing is checked); a plan over it is scaled down or refused, as the "
                + "scenario says", "US dollars over the grant years", 0, 200_000_000, 500_000, false,
                "RTT-D 2012 awards: $10M to $40M over four years", Html.number(total)));
        return new Controls(out);
    }

    public List<Control> all() {
        return all;
    }

    public Optional<Control> find(String path) {
        return all.stream().filter(c -> c.path().equals(path)).findFirst();
    }

    /** The controls of one component, in order. */
    public List<Control> of(String component) {
        return all.stream().filter(c -> c.component().equals(component)).toList();
    }

    private static Control control(String component, SettingField s, Optional<StudiedRange> studied, String base) {
        String path = "components." + component + "." + s.key();
        String label = LABELS.getOrDefault(s.key(), s.key());
        if (s.key().equals("enabled")) {
            return new Control(path, component, Control.Kind.SWITCH, label, "whether the plan includes "
                    + COMPONENT_LABELS.get(component).toLowerCase(java.util.Locale.ROOT), "", Double.NaN,
                    Double.NaN, Double.NaN, false, "", base);
        }
        if (s.key().equals("rollout.grades")) {
            return new Control(path, component, Control.Kind.GRADES, label, s.meaning(), s.unit(), Double.NaN,
                    Double.NaN, Double.NaN, false, "", base);
        }
        String[] range = s.range().replace(", whole", "").split("–");
        double min = Double.parseDouble(range[0].strip());
        double max = Double.parseDouble(range[1].strip());
        boolean whole = s.range().endsWith(", whole");
        double step = whole ? 1 : max - min <= 1 ? 0.01 : max - min <= 10 ? 0.1 : 5;
        String evidence = studied.map(r -> "studies: " + Html.number(r.low()) + " to " + Html.number(r.high()) + " ("
                + r.source() + ")").orElse("");
        return new Control(path, component, Control.Kind.NUMBER, label, s.meaning(), s.unit(), min, max, step, whole,
                evidence, base);
    }

    /** The base's value of {@code key}: written in its block, else the default; a component left out is off. */
    private static String baseValue(Map<String, Object> settings, String key, SettingField s) {
        if (key.equals("enabled")) {
            return Boolean.toString(settings != null && !Boolean.FALSE.equals(settings.get("enabled")));
        }
        Object v = settings;
        for (String step : key.split("\\.")) {
            v = v instanceof Map<?, ?> m ? m.get(step) : null;
        }
        String text = v != null ? String.valueOf(v) : s.fallback();
        if (key.equals("rollout.grades")) {
            String span = GradeSpan.canonical(text);
            return span != null ? span : "K-12";
        }
        return Html.number(Double.parseDouble(text));
    }

    private static Map<String, List<String>> keys() {
        List<String> common = List.of("fidelity.peak", "rollout.coverage", "rollout.grades");
        Map<String, List<String>> k = new LinkedHashMap<>();
        k.put("blended_learning", with("adaptive_minutes_per_week.math", "adaptive_minutes_per_week.reading", common));
        k.put("learning_plans", with("advisory_minutes_per_week", null, common));
        k.put("competency_progression", with("mastery_threshold", null, common));
        k.put("partnerships", with("tutoring_hours_per_week", null, common));
        return java.util.Collections.unmodifiableMap(k);
    }

    private static List<String> with(String dosage, String second, List<String> common) {
        List<String> out = new ArrayList<>(List.of("enabled", dosage));
        if (second != null) {
            out.add(second);
        }
        out.addAll(common);
        return List.copyOf(out);
    }
}
