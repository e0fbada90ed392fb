package org.plsim.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.plsim.Version;
import org.plsim.experiment.sweep.ScenarioPatch;
import org.plsim.io.input.ScenarioFormat;
import org.plsim.scenario.ScenarioSpec;

/**
 * The whole view as the URL holds it: a base scenario by name, only the controls changed from it (canonical
 * text, in {@link Controls}' order), the seed and replicates, and the PLSim version and evidence registry the
 * link was made with. {@link #query} writes it canonically; {@link #parse} reads it back, refusing what is
 * not allowed with the parameter's name; {@link #tree} lays it over the base as a sweep lays a design point,
 * through {@link ScenarioPatch}.
 *
 * @param version  the PLSim version the link names (this one's when the link names none)
 * @param registry the short evidence-registry hash the link names (this one's when it names none)
 */
public record PlanState(String base, Map<String, String> changes, long seed, int replicates, String version,
                        String registry) {
    /** Most replicates a request may ask for (bounded work per request). */
    public static final int MAX_REPLICATES = 32;
    static final List<String> OWN_KEYS = List.of("base", "seed", "replicates", "v", "ev");

    public PlanState {
        changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /** The base as proposed: nothing changed, its own seed and replicates, this version and registry. */
    public static PlanState proposed(String base, ScenarioSpec spec, String registry) {
        return new PlanState(base, Map.of(), spec.seed(), spec.replicates(), Version.PLSIM, registry);
    }

    /**
     * The state a query names. A grade span may come as two values (the "from" and "to" lists); any other
     * parameter given twice takes its last value. Settings of a component the base leaves out count only when
     * the query switches it on.
     *
     * @param base     the base scenario's spec (the query's {@code base}, already found)
     * @param registry this server's short registry hash, the default for {@code ev}
     * @throws Refusal 422 naming an unknown parameter or a value that is not allowed
     */
    public static PlanState parse(String baseName, ScenarioSpec base, Controls controls, Map<String, List<String>> query,
                                  String registry) {
        Map<String, String> given = new LinkedHashMap<>();
        query.forEach((key, values) -> {
            if (!OWN_KEYS.contains(key) && controls.find(key).isEmpty()) {
                throw Refusal.invalid(key, String.join(",", values), "a control's field path (see the form), or one of "
                        + String.join(", ", OWN_KEYS));
            }
        });
        Map<String, String> changes = new LinkedHashMap<>();
        for (Control c : controls.all()) {
            List<String> values = query.get(c.path());
            if (values == null || values.isEmpty()) {
                continue;
            }
            String text = c.kind() == Control.Kind.GRADES && values.size() == 2
                    ? values.get(0).strip() + "-" + values.get(1).strip() : values.get(values.size() - 1);
            String v = c.canonical(text);
            given.put(c.path(), v);
            if (!v.equals(c.base())) {
                changes.put(c.path(), v);
            }
        }
        // A component the base leaves out: its settings count only when the query switches it on.
        for (Control c : controls.all()) {
            if (c.kind() == Control.Kind.SWITCH && c.base().equals("false") && !"true".equals(given.get(c.path()))) {
                changes.keySet().removeIf(p -> p.startsWith("components." + c.component() + "."));
            }
        }
        long seed = base.seed();
        if (query.containsKey("seed")) {
            String s = last(query, "seed");
            try {
                seed = Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                throw Refusal.invalid("seed", s, "a whole number (the root seed)");
            }
        }
        int replicates = base.replicates();
        if (query.containsKey("replicates")) {
            String r = last(query, "replicates");
            if (!r.strip().matches("\\d{1,3}") || Integer.parseInt(r.strip()) < 2
                    || Integer.parseInt(r.strip()) > MAX_REPLICATES) {
                throw Refusal.invalid("replicates", r, "a whole number from 2 to " + MAX_REPLICATES);
            }
            replicates = Integer.parseInt(r.strip());
        }
        String version = query.containsKey("v") ? last(query, "v") : Version.PLSIM;
        String ev = query.containsKey("ev") ? last(query, "ev") : registry;
        return new PlanState(baseName, changes, seed, replicates, version, ev);
    }

    /** The canonical query: base, changed controls in order, seed, replicates, version, registry. */
    public String query() {
        StringJoiner q = new StringJoiner("&");
        q.add("base=" + Html.url(base));
        changes.forEach((path, v) -> q.add(Html.url(path) + "=" + Html.url(v)));
        q.add("seed=" + seed).add("replicates=" + replicates);
        q.add("v=" + Html.url(version)).add("ev=" + Html.url(registry));
        return q.toString();
    }

    /** This state with one control set (its canonical text), dropped when it equals the base. */
    public PlanState with(Control c, String canonical) {
        Map<String, String> m = new LinkedHashMap<>(changes);
        if (canonical.equals(c.base())) {
            m.remove(c.path());
        } else {
            m.put(c.path(), canonical);
        }
        return new PlanState(base, m, seed, replicates, version, registry);
    }

    /** The value a control has in this state (the change, else the base's). */
    public String value(Control c) {
        return changes.getOrDefault(c.path(), c.base());
    }

    /** The plan as proposed that this view is compared with: nothing changed, this state's seed and replicates. */
    public PlanState asProposed() {
        return new PlanState(base, Map.of(), seed, replicates, version, registry);
    }

    /** Whether the link was made by this PLSim and this evidence registry. */
    public boolean sameMaker(String registryNow) {
        return version.equals(Version.PLSIM) && registry.equals(registryNow);
    }

    /** This state as made here: this version and registry (what the page links to after a change). */
    public PlanState madeHere(String registryNow) {
        return new PlanState(base, changes, seed, replicates, Version.PLSIM, registryNow);
    }

    /** The base's scenario tree with every change set at its path, and the seed and replicates. */
    public Map<String, Object> tree(ScenarioSpec baseSpec) {
        Map<String, Object> tree = ScenarioFormat.toTree(baseSpec);
        changes.forEach((path, v) -> ScenarioPatch.set(tree, path, valueAt(path, v)));
        tree.put("seed", seed);
        tree.put("replicates", replicates);
        return tree;
    }

    /** A changed field's value for the tree: a switch as a boolean, a span as text, numbers as numbers. */
    private static Object valueAt(String path, String canonical) {
        if (canonical.equals("true") || canonical.equals("false")) {
            return Boolean.parseBoolean(canonical);
        }
        if (path.endsWith("rollout.grades")) {
            return canonical;
        }
        return canonical.matches("-?\\d{1,15}") ? (Object) Long.parseLong(canonical) : (Object) Double.parseDouble(canonical);
    }

    private static String last(Map<String, List<String>> query, String key) {
        List<String> v = new ArrayList<>(query.get(key));
        return v.isEmpty() ? "" : v.get(v.size() - 1);
    }
}
