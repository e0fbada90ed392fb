package org.plsim.io.input;

import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.ScenarioException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.plsim.experiment.sweep.DesignSpec;
import org.plsim.experiment.sweep.DesignType;
import org.plsim.experiment.sweep.design.Factor;
import org.plsim.experiment.sweep.Outputs;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.experiment.sweep.SweepSpec;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * The layout of a sweep file, key by key: id, title, base (a scenario file, read with its own problems),
 * seed, replicates, design, set, factors and outputs; a scenarios design's own rules are
 * {@link ScenariosFields}'. Types are checked here; ranges and consistency are the records' business.
 */
final class SweepFields {
    private static final String OUTPUT_KEYS = "measures, subgroups, by_grade";

    private final Reading reading;
    private final Path file;
    private final List<String> installed;
    private final ScenarioReader baseReader;
    private ScenarioException baseProblems;
    private String baseText;
    private ScenariosFields scenarios;
    private List<ScenarioFiles.Entry> scenarioFiles = List.of();

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
        DesignFields designFields = new DesignFields(reading, installed, file);
        DesignSpec design = designFields.design(top);
        FactorFields fields = new FactorFields(reading, installed);
        if (designFields.type() == DesignType.SCENARIOS) {
            scenarios = new ScenariosFields(reading, baseReader);
            scenarioFiles = designFields.files();
            return scenarios.sweep(top, id, title, design, designFields.files(), fields, this::outputs);
        }
        ScenarioSpec base = base(top);
        Long seed = SweepValues.whole(top, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        List<String> switchedOn = base == null ? null : base.components().stream().map(ComponentSpec::name).toList();
        Map<String, Object> set = fields.set(top, design, switchedOn);
        List<Factor> factors = fields.factors(top, design, switchedOn);
        Outputs outputs = outputs(top);
        Replicates replicates = new ReplicateFields(reading).read(top, outputs,
                base == null ? null : base.replicates(), base == null ? null : base.years());
        if (base == null || design == null || replicates == null) {
            return null;
        }
        long sweepSeed = seed != null ? seed : base.seed();
        return reading.build("", () -> new SweepSpec(id, title, base, ScenarioFormat.toTree(base), sweepSeed,
                replicates, design, set, factors, outputs));
    }

    /** A scenarios design's files, in point order; else empty. */
    List<ScenarioFiles.Entry> scenarioFiles() {
        return scenarioFiles;
    }

    /** The base file's path as written in the sweep file; null for a scenarios design. */
    String baseText() {
        return baseText;
    }

    /**
     * The problems of the scenario files the sweep names, with their own files and lines: the base's, or a
     * scenarios design's files' beyond those the sweep file's problems quote.
     */
    List<Problem> innerProblems() {
        List<Problem> out = new ArrayList<>();
        if (baseProblems != null) {
            out.addAll(baseProblems.problems());
        }
        if (scenarios != null) {
            out.addAll(scenarios.innerProblems());
        }
        return out;
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
