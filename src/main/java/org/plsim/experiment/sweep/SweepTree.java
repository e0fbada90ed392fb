package org.plsim.experiment.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.design.Expansion;
import org.plsim.experiment.sweep.design.Factor;
import org.plsim.experiment.sweep.design.MorrisStep;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;

/**
 * A resolved sweep as ordered maps, lists, numbers and text, keyed as a sweep file is: for manifests and the
 * fingerprint. The base scenario is given without the fields the sweep sets at every point (id, title, seed,
 * replicates), so that renaming the base file, whose name is its default id, changes nothing. A scenarios
 * design gives every file's resolved scenario instead (its id is the point's label), but not the files' paths.
 */
final class SweepTree {
    private SweepTree() {
    }

    static Map<String, Object> of(SweepSpec spec, Expansion expansion) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", spec.id());
        t.put("title", spec.title());
        if (spec.design().type() == DesignType.SCENARIOS) {
            t.put("scenarios", scenarios(spec, expansion));
        } else {
            t.put("base", new LinkedHashMap<>(Map.of("scenario", withoutSweepFields(spec.baseTree()))));
        }
        t.put("seed", spec.seed());
        t.put("replicates", replicates(spec.replicates()));
        t.put("design", design(spec.design()));
        t.put("set", new LinkedHashMap<>(spec.set()));
        Map<String, Object> factors = new LinkedHashMap<>();
        spec.factors().forEach(f -> factors.put(f.path(), factor(f)));
        t.put("factors", factors);
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("measures", spec.outputs().measures().stream().map(Measure::label).toList());
        outputs.put("subgroups", spec.outputs().subgroups().stream().map(Subgroup::label).toList());
        outputs.put("by_grade", spec.outputs().byGrade());
        t.put("outputs", outputs);
        List<Object> points = new ArrayList<>();
        for (DesignPoint p : expansion.points()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("index", p.index());
            point.put("label", p.label());
            point.put("settings", p.settings());
            points.add(point);
        }
        t.put("points", points);
        if (!expansion.steps().isEmpty()) {
            List<Object> steps = new ArrayList<>();
            for (MorrisStep s : expansion.steps()) {
                steps.add(List.of(s.trajectory(), s.from(), s.to(), s.factor(), s.delta()));
            }
            t.put("morris_steps", steps);
        }
        return t;
    }

    /** The base, or a scenarios design's file, without the fields the sweep sets: renaming changes nothing. */
    private static Map<String, Object> withoutSweepFields(Map<String, Object> scenario) {
        Map<String, Object> out = new LinkedHashMap<>(scenario);
        ScenarioPatch.SWEEP_FIELDS.forEach(out::remove);
        return out;
    }

    /** A scenarios design's resolved files, each with its point's label (its id): not their paths. */
    private static List<Object> scenarios(SweepSpec spec, Expansion expansion) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < spec.scenarioTrees().size(); i++) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("label", expansion.points().get(i).label());
            one.put("scenario", withoutSweepFields(spec.scenarioTrees().get(i)));
            out.add(one);
        }
        return out;
    }

    private static Object replicates(Replicates r) {
        if (!r.isAdaptive()) {
            return r.fixed();
        }
        Replicates.Adaptive a = r.adaptive();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measure", a.measure().label());
        m.put("subject", a.subject().label());
        m.put("subgroup", a.group().label());
        m.put("year", a.year());
        m.put("target_half_width", a.targetHalfWidth());
        m.put("min", r.fixed());
        m.put("max", a.max());
        m.put("batch", a.batch());
        return Map.of("adaptive", m);
    }

    private static Map<String, Object> design(DesignSpec d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", d.type().label());
        switch (d.type()) {
            case COMPONENT_MIX -> m.put("components", d.components());
            case LATIN_HYPERCUBE, RANDOM -> m.put("points", d.points());
            case SOBOL -> m.put("samples", d.points());
            case MORRIS -> {
                m.put("trajectories", d.trajectories());
                m.put("levels", d.levels());
            }
            default -> {
            }
        }
        return m;
    }

    private static Map<String, Object> factor(Factor f) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (f.isRange()) {
            m.put("range", List.of(f.low(), f.high()));
            m.put("integer", f.integer());
        } else {
            m.put("levels", f.levels());
        }
        return m;
    }
}
