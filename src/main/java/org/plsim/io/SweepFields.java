package org.plsim.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.plsim.experiment.sweep.DesignSpec;
import org.plsim.experiment.sweep.Factor;
import org.plsim.experiment.sweep.Outputs;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.experiment.sweep.SweepSpec;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.scenario.ScenarioSpec;

/**
 * The layout of a sweep file, key by key: id, title, base (a scenario file, read with its own problems),
 * seed, replicates, design, set, factors and outputs. Types are checked here; ranges and consistency are
 * the records' business.
 */
final class SweepFields {
    private static final String OUTPUT_KEYS = "measures, subgroups, by_grade";

    private final Reading reading;
    private final Path file;
    private final List<String> installed;
    private final ScenarioReader baseReader;
    private ScenarioException baseProblems;
    private String baseText;

    SweepFields(Reading reading, Path file, List<String> installed, ScenarioReader baseReader) {
        this.reading = reading;
        this.file = file;
        this.installed = installed;
        this.baseReader = baseReader;
    }

    /** The sweep, or null when a part of it cannot be read (the problems recorded). */
    SweepSpec sweep(Block top) {
        String given = top.optionalText("id");
        String id = given != null ? given : ScenarioReader.defaultId(reading.file);
        String titled = top.optionalText("title");
        String title = titled != null ? titled : id;
        ScenarioSpec base = base(top);
        Long seed = SweepValues.whole(top, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        DesignSpec design = new DesignFields(reading, installed).design(top);
        FactorFields fields = new FactorFields(reading, installed);
        Map<String, Object> set = fields.set(top, design, base);
        List<Factor> factors = fields.factors(top, design, base);
        Outputs outputs = outputs(top);
        Replicates replicates = new ReplicateFields(reading).read(top, outputs, base);
        if (base == null || design == null || replicates == null) {
            return null;
        }
        long sweepSeed = seed != null ? seed : base.seed();
        return reading.build("", () -> new SweepSpec(id, title, base, ScenarioFormat.toTree(base), sweepSeed,
                replicates, design, set, factors, outputs));
    }

    /** The base file's path as written in the sweep file. */
    String baseText() {
        return baseText;
    }

    /** The base scenario's own problems (with its file and lines), or null. */
    ScenarioException baseProblems() {
        return baseProblems;
    }

    private ScenarioSpec base(Block top) {
        baseText = SweepValues.text(top, "base", "the path of a scenario file, relative to this sweep file");
        if (top.node("base") == null) {
            reading.problem("base", "missing, allowed: the path of a scenario file, relative to this sweep file, "
                    + "e.g. base: ../components/all_four.yaml");
        }
        if (baseText == null) {
            return null;
        }
        Path resolved = (file.getParent() == null ? Path.of(baseText) : file.getParent().resolve(baseText)).normalize();
        try {
            return baseReader.read(resolved);
        } catch (ScenarioException e) {
            baseProblems = e;
            reading.problem("base", "found '" + baseText + "', which cannot be used (" + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + ", listed with the file's own lines), "
                    + "allowed: a valid scenario file");
            return null;
        }
    }

    private Outputs outputs(Block top) {
        Block b = SweepValues.block(top, "outputs", OUTPUT_KEYS);
        List<String> measures = SweepValues.texts(b, "measures");
        List<String> groups = SweepValues.texts(b, "subgroups");
        Boolean byGrade = SweepValues.flag(b, "by_grade");
        List<Measure> m = measures == null
                ? Arrays.stream(Measure.values()).filter(x -> x != Measure.ENROLLMENT).toList()
                : SweepValues.knownAll(b, "measures", measures, Arrays.stream(Measure.values()).map(Measure::label)
                        .toList()).stream().map(Measure::fromLabel).toList();
        List<Subgroup> g = groups == null ? List.of(Subgroup.values())
                : SweepValues.knownAll(b, "subgroups", groups, Arrays.stream(Subgroup.values()).map(Subgroup::label)
                        .toList()).stream().map(Subgroup::fromLabel).toList();
        if (measures != null && measures.isEmpty()) {
            reading.problem("outputs.measures", "found an empty list, allowed: at least one measure");
        }
        if (groups != null && groups.isEmpty()) {
            reading.problem("outputs.subgroups", "found an empty list, allowed: at least one subgroup");
        }
        return new Outputs(m, g, Boolean.TRUE.equals(byGrade));
    }
}
