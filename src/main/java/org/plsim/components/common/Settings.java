package org.plsim.components.common;

import static org.plsim.scenario.NumberText.compact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.plsim.model.component.SettingField;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Violation;

/**
 * Typed reading of a component's settings block (a YAML map), collecting one {@link Violation} per bad or
 * unknown key with its path relative to the component's block, so a scenario author sees every problem at
 * once. Read every key, then call {@link #done()}.
 *
 * <p>Each read also says what the key counts, what it does and why its default is what it is ({@link About}),
 * and the settings keep a {@link SettingField} for it: reading an empty block ({@link #describe}) through a
 * component's own reader lists every key with the default that reader applies, which is what the settings
 * reference is generated from. Documentation and default are one line of code, so they cannot drift apart.
 *
 * <pre>{@code
 * Settings s = new Settings(spec.settings());
 * double dosage = s.number("dosage_share", 0.25, 0, 0.6,
 *         new About(Unit.SHARE, "share of class time", Basis.assumption("why 0.25")));
 * s.done();
 * }</pre>
 */
public final class Settings {
    private final Map<String, Object> values;
    private final String prefix;
    private final List<Violation> problems;
    private final List<SettingField> fields;
    private final Set<String> read = new TreeSet<>();
    private final List<Settings> children = new ArrayList<>();

    public Settings(Map<String, Object> values) {
        this(values, "", new ArrayList<>(), new ArrayList<>());
    }

    private Settings(Map<String, Object> values, String prefix, List<Violation> problems,
                     List<SettingField> fields) {
        this.values = values == null ? Map.of() : values;
        this.prefix = prefix;
        this.problems = problems;
        this.fields = fields;
    }

    /**
     * The keys {@code reader} reads from an empty block (every default), in reading order: a component's
     * settings as its own reader applies them.
     */
    public static List<SettingField> describe(Consumer<Settings> reader) {
        Settings s = new Settings(Map.of());
        reader.accept(s);
        return s.fields();
    }

    /** The keys read so far, here and in every block of the same settings, in reading order. */
    public List<SettingField> fields() {
        return List.copyOf(fields);
    }

    /** Whether the scenario gives {@code key} here (rather than leaving it to its default). */
    public boolean given(String key) {
        return values.containsKey(key);
    }

    /** A number in [min, max], or {@code fallback} when absent. */
    public double number(String key, double fallback, double min, double max, About about) {
        note(key, compact(min) + "–" + compact(max), compact(fallback), about);
        Object v = take(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || !(n.doubleValue() >= min && n.doubleValue() <= max)) {
            problems.add(new Violation(prefix + key, describe(v),
                    "a number from " + compact(min) + " to " + compact(max)));
            return fallback;
        }
        return n.doubleValue();
    }

    /** A whole number in [min, max], or {@code fallback} when absent. */
    public int whole(String key, int fallback, int min, int max, About about) {
        note(key, min + "–" + max + ", whole", Integer.toString(fallback), about);
        Object v = take(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Integer || v instanceof Long) || ((Number) v).longValue() < min
                || ((Number) v).longValue() > max) {
            problems.add(new Violation(prefix + key, describe(v), "a whole number from " + min + " to " + max));
            return fallback;
        }
        return ((Number) v).intValue();
    }

    /** true/false, or {@code fallback} when absent. */
    public boolean flag(String key, boolean fallback, About about) {
        note(key, "true, false", Boolean.toString(fallback), about);
        Object v = take(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            problems.add(new Violation(prefix + key, describe(v), "true or false"));
            return fallback;
        }
        return b;
    }

    /** One of {@code allowed}, or {@code fallback} when absent. */
    public String choice(String key, String fallback, List<String> allowed, About about) {
        note(key, String.join(", ", allowed), fallback, about);
        Object v = take(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String text) || !allowed.contains(text)) {
            problems.add(new Violation(prefix + key, describe(v), "one of " + String.join(", ", allowed)));
            return fallback;
        }
        return text;
    }

    /**
     * A list of numbers, each in [min, max], at most {@code most} of them (a single number counts as a list of
     * one); absent or {@code none}: an empty array (the caller's other keys apply).
     */
    public double[] numbers(String key, double min, double max, int most, About about) {
        note(key, "a list of " + compact(min) + "–" + compact(max) + ", up to " + most + "; or none", "none", about);
        Object v = take(key);
        if (v == null || "none".equals(v)) {
            return new double[0];
        }
        List<?> items = v instanceof List<?> l ? l : List.of(v);
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(items.get(i) instanceof Number n) || !(n.doubleValue() >= min && n.doubleValue() <= max)) {
                out = null;
                break;
            }
            out[i] = n.doubleValue();
        }
        if (out == null || out.length == 0 || out.length > most) {
            problems.add(new Violation(prefix + key, describe(v), "a list of 1 to " + most + " numbers, each from "
                    + compact(min) + " to " + compact(max) + ", e.g. [0.6, 0.8, 0.5], or none"));
            return new double[0];
        }
        return out;
    }

    /**
     * A list of non-empty strings (a single string counts as a list of one), or {@code fallback}; {@code accepts}
     * says which names make sense, for the reference (the reader checks only the form).
     */
    public List<String> names(String key, List<String> fallback, String accepts, About about) {
        note(key, accepts, fallback.size() == 1 ? fallback.get(0) : "[" + String.join(", ", fallback) + "]", about);
        Object v = take(key);
        if (v == null) {
            return fallback;
        }
        List<Object> items = v instanceof List<?> l ? new ArrayList<>(l) : List.of(v);
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String text) || text.isBlank()) {
                problems.add(new Violation(prefix + key, describe(v), "a name or a list of names, e.g. [middle, high]"));
                return fallback;
            }
            out.add(text);
        }
        return List.copyOf(out);
    }

    /** A grade span such as {@code 6-12}, {@code K-5} or one grade, as {low, high}; or {@code fallback}. */
    public int[] grades(String key, int[] fallback, About about) {
        note(key, "LOW-HIGH of K, 1 … 12, or one grade", gradeName(fallback[0]) + "-" + gradeName(fallback[1]), about);
        Object v = take(key);
        if (v == null) {
            return fallback;
        }
        int[] span = parseGrades(String.valueOf(v));
        if (span == null) {
            problems.add(new Violation(prefix + key, describe(v),
                    "a span LOW-HIGH of grades K, 1 … 12 with the lowest first, e.g. 6-12, or one grade"));
            return fallback;
        }
        return span;
    }

    /** A nested block; its keys report as {@code key.sub}. Absent: an empty block (every default). */
    public Settings block(String key) {
        Object v = take(key);
        if (v != null && !(v instanceof Map<?, ?>)) {
            problems.add(new Violation(prefix + key, describe(v), "a block of settings (key: value lines)"));
            v = null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = v == null ? Map.of() : (Map<String, Object>) v;
        Settings sub = new Settings(m, prefix + key + ".", problems, fields);
        children.add(sub);
        return sub;
    }

    /**
     * Records a problem the typed readers cannot see (a value that is well-formed but does not fit the
     * scenario), reported by {@link #done()} with the others.
     */
    public void problem(String key, String found, String allowed) {
        problems.add(new Violation(prefix + key, found, allowed));
    }

    /** Reports unknown keys (here and in nested blocks) and throws if anything was wrong. */
    public void done() {
        unknown();
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(List.copyOf(problems));
        }
    }

    private void unknown() {
        for (String k : values.keySet()) {
            if (!read.contains(k)) {
                problems.add(new Violation(prefix + k, "an unknown setting '" + k + "'",
                        read.isEmpty() ? "no settings here" : "one of " + String.join(", ", read)));
            }
        }
        children.forEach(Settings::unknown);
    }

    private void note(String key, String range, String fallback, About about) {
        fields.add(new SettingField(prefix + key, about.unit().label(), range, fallback, about.meaning(),
                about.basis()));
    }

    private static String gradeName(int grade) {
        return grade == 0 ? "K" : Integer.toString(grade);
    }

    private Object take(String key) {
        read.add(key);
        return values.get(key);
    }

    static int[] parseGrades(String text) {
        String[] parts = text.trim().split("\\s*-\\s*");
        if (parts.length < 1 || parts.length > 2) {
            return null;
        }
        int low = grade(parts[0]);
        int high = parts.length == 2 ? grade(parts[1]) : low;
        return low < 0 || high < 0 || low > high ? null : new int[] {low, high};
    }

    private static int grade(String g) {
        if (g.equalsIgnoreCase("K")) {
            return 0;
        }
        try {
            int v = Integer.parseInt(g);
            return v >= 1 && v <= 12 ? v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String describe(Object v) {
        return v instanceof String s ? "'" + s + "'" : String.valueOf(v);
    }
}
