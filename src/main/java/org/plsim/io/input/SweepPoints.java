package org.plsim.io.input;

import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.ScenarioException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.DesignType;
import org.plsim.experiment.sweep.design.Expansion;
import org.plsim.experiment.sweep.design.Factor;
import org.plsim.experiment.sweep.FieldPath;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.experiment.sweep.ScenarioPatch;
import org.plsim.experiment.sweep.SweepSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Violation;

/**
 * Every design point applied to the base and read back as a scenario file would be, then checked as a run
 * would check it: so a bad factor path or value is found when the sweep is read, not hours into it. A
 * problem is reported at the line of the factor (or {@code set} entry, or component) it comes from, once,
 * with the first point it appears at and how many more share it.
 */
final class SweepPoints {
    private final ScenarioReader reader;
    private final UnaryOperator<ScenarioSpec> check;
    private final SweepReader.Progress progress;

    /**
     * @param check what a run does to a scenario before any work (build its components, fit its budget):
     *              returns the scenario that runs, or throws {@link InvalidSpecException}
     */
    SweepPoints(ScenarioReader reader, UnaryOperator<ScenarioSpec> check, SweepReader.Progress progress) {
        this.reader = reader;
        this.check = check;
        this.progress = progress;
    }

    /**
     * The scenario at each point; problems go to {@code reading}, the sweep file's, at their lines.
     *
     * @param files a scenarios design's files, in point order (a problem no {@code set} entry explains is put
     *              at the point's file); else empty
     */
    List<ScenarioSpec> resolve(SweepSpec sweep, Expansion expansion, Reading reading, List<ScenarioFiles.Entry> files) {
        Map<String, Found> found = new LinkedHashMap<>();
        List<ScenarioSpec> out = new ArrayList<>();
        for (DesignPoint point : expansion.points()) {
            ScenarioFiles.Entry file = point.index() < files.size() ? files.get(point.index()) : null;
            String where = point.label() + (file == null ? "" : ", " + file.describe());
            List<Violation> violations = new ArrayList<>();
            ScenarioSpec spec = read(sweep, point, violations);
            Replicates.Adaptive adaptive = sweep.replicates().adaptive();
            if (spec != null && adaptive != null && adaptive.year() > spec.years()) {
                violations.add(new Violation("replicates.adaptive.year", "year " + adaptive.year()
                        + ", but this point runs " + spec.years() + " years", "a year every point runs"));
            }
            for (Violation v : violations) {
                String field = sweepField(sweep, v.field(), file == null ? "base" : file.field());
                String key = field + " " + v.field();
                found.computeIfAbsent(key, k -> new Found(field, point.index(), where, v)).count++;
            }
            out.add(spec);
            progress.pointChecked(out.size(), expansion.points().size());
        }
        found.values().forEach(f -> reading.problem(f.field, f.message() + hint(sweep, f)));
        return out;
    }

    /** A range where a whole number is wanted: say how to get one. */
    private static String hint(SweepSpec sweep, Found f) {
        int i = f.field.startsWith("factors.") ? sweep.factorIndex(f.field.substring("factors.".length())) : -1;
        boolean fractional = i >= 0 && sweep.factors().get(i).isRange() && !sweep.factors().get(i).integer();
        return fractional && f.violation.allowed().contains("whole number") ? "; add integer: true to the range" : "";
    }

    private ScenarioSpec read(SweepSpec sweep, DesignPoint point, List<Violation> violations) {
        try {
            Map<String, Object> tree = ScenarioPatch.tree(sweep, point, violations);
            AtomicReference<ScenarioSpec> checked = new AtomicReference<>();
            reader.withCheck(spec -> checked.set(check.apply(spec))) // components are checked even if fields are not
                    .readString(ScenarioFormat.yaml(tree), "point-" + point.index() + ".yaml");
            return violations.isEmpty() ? checked.get() : null;
        } catch (InvalidSpecException e) {
            violations.addAll(e.violations());
        } catch (ScenarioException e) {
            e.problems().forEach(p -> violations.add(new Violation(p.field(), "", p.message())));
        }
        return null;
    }

    /**
     * The sweep-file field a scenario field's problem comes from: the most specific factor or {@code set}
     * entry on or around it; for a component-mix component, {@code design.components}; else {@code otherwise}
     * (the base, or the point's item of a scenarios design's files).
     */
    private static String sweepField(SweepSpec sweep, String scenarioField, String otherwise) {
        if (scenarioField.startsWith("replicates.adaptive")) {
            return scenarioField;
        }
        String best = null;
        for (Factor f : sweep.factors()) {
            best = closer(best, "factors.", f.path(), scenarioField);
        }
        for (String path : sweep.set().keySet()) {
            best = closer(best, "set.", path, scenarioField);
        }
        if (best != null) {
            return best;
        }
        String component = FieldPath.component(scenarioField);
        if (sweep.design().type() == DesignType.COMPONENT_MIX && sweep.design().components().contains(component)) {
            return "design.components";
        }
        return otherwise;
    }

    private static String closer(String best, String prefix, String path, String scenarioField) {
        boolean related = path.equals(scenarioField) || inside(scenarioField, path) || inside(path, scenarioField);
        boolean longer = best == null || best.substring(best.indexOf('.') + 1).length() < path.length();
        return related && longer ? prefix + path : best;
    }

    private static boolean inside(String inner, String outer) {
        return inner.length() > outer.length() && inner.startsWith(outer)
                && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
    }

    /** The first point a problem was seen at (its index, and its label or label and file), and at how many in all. */
    private static final class Found {
        final String field;
        final int point;
        final String where;
        final Violation violation;
        int count;

        Found(String field, int point, String where, Violation violation) {
            this.field = field;
            this.point = point;
            this.where = where;
            this.violation = violation;
        }

        String message() {
            String scenarioField = field.endsWith(violation.field()) ? "" : violation.field() + ": ";
            String what = violation.found().isEmpty() ? violation.allowed()
                    : "found " + violation.found() + ", allowed: " + violation.allowed();
            String more = count > 1 ? " (and at " + (count - 1) + " more point" + (count > 2 ? "s" : "") + ")" : "";
            return "at point " + point + " (" + where + "): " + scenarioField + what + more;
        }
    }
}
