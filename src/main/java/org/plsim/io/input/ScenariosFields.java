package org.plsim.io.input;

import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.ScenarioException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.plsim.experiment.sweep.DesignSpec;
import org.plsim.experiment.sweep.Outputs;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.experiment.sweep.SweepSpec;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * The rest of a sweep file whose design is {@code scenarios}: no {@code base} and no {@code factors} (each
 * point is one whole scenario file), every file read as {@code plsim run} reads it, and the sweep's seed and
 * replicates defaulting to the ones the files share. A file that cannot be used is a problem at its
 * {@code design.files} item, which quotes the file's first problem; when it has more, all are listed after the
 * sweep file's own, with the file's lines.
 */
final class ScenariosFields {
    private final Reading reading;
    private final ScenarioReader reader;
    private final List<Problem> inner = new ArrayList<>();

    ScenariosFields(Reading reading, ScenarioReader reader) {
        this.reading = reading;
        this.reader = reader;
    }

    /** The scenario files' own problems, beyond those quoted in the sweep file's. */
    List<Problem> innerProblems() {
        return inner;
    }

    /** The sweep, or null when a part of it cannot be read (the problems recorded). */
    SweepSpec sweep(Block top, String id, String title, DesignSpec design, List<ScenarioFiles.Entry> files,
                    FactorFields factorFields, Function<Block, Outputs> outputsOf) {
        if (top.node("base") != null) {
            reading.problem("base", "found a base scenario in a scenarios design, allowed: no base (each point is "
                    + "a whole scenario file of design.files; give what every point shares under set:)");
        }
        if (top.node("factors") != null) {
            reading.problem("factors", "found factors in a scenarios design, allowed: none (each point is a whole "
                    + "scenario file; set: fixes a field at every point; to vary a field, sweep one scenario with "
                    + "base: and another design)");
        }
        List<ScenarioSpec> specs = read(files);
        boolean allRead = !specs.isEmpty() && specs.size() == files.size() && distinctIds(files, specs);
        Long seed = SweepValues.whole(top, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        Long common = top.node("seed") == null ? shared(top, "seed", files, specs, s -> s.seed()) : null;
        Long sweepSeed = seed != null ? seed : common;
        List<String> switchedOn = allRead ? switchedOn(specs) : null;
        Map<String, Object> set = factorFields.set(top, design, switchedOn);
        Outputs outputs = outputsOf.apply(top);
        Long replicatesShared = top.node("replicates") == null
                ? shared(top, "replicates", files, specs, s -> (long) s.replicates()) : null;
        Integer years = specs.stream().map(ScenarioSpec::years).min(Integer::compare).orElse(null);
        Replicates replicates = new ReplicateFields(reading).read(top, outputs,
                replicatesShared == null ? null : replicatesShared.intValue(), years);
        if (design == null || !allRead || replicates == null || sweepSeed == null) {
            return null;
        }
        List<Map<String, Object>> trees = specs.stream().map(ScenarioFormat::toTree).toList();
        return reading.build("", () -> new SweepSpec(id, title, null, Map.of(), sweepSeed, replicates, design, set,
                List.of(), outputs, trees));
    }

    /** Each file's scenario, in order; a problem at its item for each file that cannot be used. */
    private List<ScenarioSpec> read(List<ScenarioFiles.Entry> files) {
        List<ScenarioSpec> out = new ArrayList<>();
        for (ScenarioFiles.Entry e : files) {
            try {
                out.add(reader.read(e.path()));
            } catch (ScenarioException x) {
                List<Problem> ps = x.problems();
                String which = ps.size() == 1 ? "its problem: " : "the first of its " + ps.size() + " problems (all "
                        + "listed below with the file's own lines): ";
                reading.problem(e.field(), "found " + e.describe() + ", allowed: a valid scenario file; " + which
                        + ps.get(0));
                if (ps.size() > 1) {
                    inner.addAll(ps);
                }
            }
        }
        return out;
    }

    /** Whether every file has its own scenario id (the point's label); a problem at each one that repeats one. */
    private boolean distinctIds(List<ScenarioFiles.Entry> files, List<ScenarioSpec> specs) {
        Map<String, ScenarioFiles.Entry> seen = new LinkedHashMap<>();
        boolean distinct = true;
        for (int i = 0; i < specs.size(); i++) {
            ScenarioFiles.Entry first = seen.putIfAbsent(specs.get(i).id(), files.get(i));
            if (first != null) {
                distinct = false;
                reading.problem(files.get(i).field(), "found " + files.get(i).describe() + ", whose scenario id '"
                        + specs.get(i).id() + "' is also " + first.describe() + "'s, allowed: each scenario id once, "
                        + "as it labels the point (give one of the files its own id:)");
            }
        }
        return distinct;
    }

    /**
     * The value every file gives for {@code key}; when they differ, a problem asking the sweep to give its own
     * (replicate r must have one run seed, and every point the same replicates), and null.
     */
    private Long shared(Block top, String key, List<ScenarioFiles.Entry> files, List<ScenarioSpec> specs,
                        Function<ScenarioSpec, Long> value) {
        Map<Long, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < specs.size() && specs.size() == files.size(); i++) {
            seen.putIfAbsent(value.apply(specs.get(i)), files.get(i).text());
        }
        if (seen.size() == 1) {
            return seen.keySet().iterator().next();
        }
        if (seen.size() > 1) {
            List<String> shown = new ArrayList<>();
            seen.forEach((v, f) -> shown.add(f + ": " + v));
            reading.problem(top.path(key), "missing, and the scenario files give different "
                    + (key.equals("seed") ? "seeds" : key) + " ("
                    + String.join(", ", shown.subList(0, Math.min(4, shown.size()))) + (shown.size() > 4 ? ", …" : "")
                    + "), allowed: the sweep's own " + key + ", the same at every point");
        }
        return null;
    }

    /** The components any file switches on, in order of first appearance. */
    private static List<String> switchedOn(List<ScenarioSpec> specs) {
        Set<String> names = new LinkedHashSet<>();
        specs.forEach(s -> s.components().stream().map(ComponentSpec::name).forEach(names::add));
        return List.copyOf(names);
    }
}
