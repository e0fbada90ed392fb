package org.plsim.io.input;

import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.yaml.ScenarioText;
import org.plsim.io.yaml.YamlTree;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plsim.calibration.Calibration;
import org.plsim.calibration.FittedParameter;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.study.StudyScenario;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a calibration file ({@code scenarios/calibrations/*.yaml}) into a {@link Calibration}, reading every
 * target and held-out study file it names (paths relative to it) with a {@link ScenarioReader}. Like the
 * scenario and sweep readers it reports every problem at once — file, line, field, what was found, what is
 * allowed, "did you mean" for a misspelt key or parameter id — the study files' own problems with their
 * files and lines.
 *
 * <pre>{@code
 * CalibrationInput in = new CalibrationReader(new ScenarioReader())
 *         .read(Path.of("scenarios/calibrations/blended-and-competency.yaml"));
 * }</pre>
 */
public final class CalibrationReader {
    static final String ALLOWED = "a YAML map of calibration keys: name, parameters, targets, holdout, replicates, "
            + "seed, max_evaluations (see scenarios/calibrations/README.md)";
    private static final String DEFAULTS = "replicates: " + Calibration.DEFAULT_REPLICATES + "\nseed: "
            + Calibration.DEFAULT_SEED + "\nmax_evaluations: " + Calibration.DEFAULT_MAX_EVALUATIONS + "\n";

    /** Where a study file's text comes from, by its path resolved against the calibration file's folder. */
    @FunctionalInterface
    public interface StudyTexts {
        /** The study file's text, or null when there is no such file. */
        String text(Path resolved) throws ScenarioException;
    }

    /** Study texts read from the files themselves. */
    public static final StudyTexts FILES = p -> Files.isRegularFile(p) ? ScenarioText.read(p) : null;

    private final ScenarioReader studies;

    /** @param studies reads each study file (with whatever checks the caller wants, e.g. components built) */
    public CalibrationReader(ScenarioReader studies) {
        this.studies = studies;
    }

    public CalibrationInput read(Path file) throws ScenarioException {
        return readString(ScenarioText.read(file), file.toString(), FILES);
    }

    /**
     * Reads calibration text as though it were the file {@code fileLabel}: study paths are resolved against
     * its folder and their texts asked of {@code texts} (a rerun gives the texts its manifest recorded).
     */
    public CalibrationInput readString(String yaml, String fileLabel, StudyTexts texts) throws ScenarioException {
        Reading reading = new Reading(fileLabel);
        Node root = YamlTree.compose(yaml, reading, ALLOWED);
        Calibration calibration = null;
        List<CalibrationInput.StudyFile> files = new ArrayList<>();
        if (root instanceof MappingNode map) {
            Block b = new Block(reading, "", map, defaults(), YamlTree.line(root));
            String given = b.optionalText("name");
            String name = given == null ? ScenarioReader.defaultId(fileLabel) : given;
            CalibrationParameters parameters = new CalibrationParameters(reading);
            List<FittedParameter> fitted = parameters.read(b);
            CalibrationStudies list = new CalibrationStudies(reading, fileLabel, texts, studies);
            List<StudyScenario> targets = list.read(b, "targets", true, files);
            List<StudyScenario> holdout = list.read(b, "holdout", false, files);
            int replicates = b.whole("replicates");
            long seed = b.wholeLong("seed");
            int maxEvaluations = b.whole("max_evaluations");
            calibration = build(reading, () -> new Calibration(name, fitted, targets, holdout, replicates, seed,
                    maxEvaluations), parameters.failed(), list.failed());
        } else if (root != null) {
            reading.problem(YamlTree.line(root), "", "found " + YamlTree.describe(root) + ", allowed: " + ALLOWED);
        }
        reading.finish();
        return new CalibrationInput(fileLabel, yaml, calibration, files);
    }

    /**
     * The calibration, or null with its violations as problems. When a parameter or study could not be read,
     * the record's complaints about how many there are would only echo that, so they are left out.
     */
    private static Calibration build(Reading reading, java.util.function.Supplier<Calibration> construct,
                                     boolean parametersFailed, boolean studiesFailed) {
        try {
            return construct.get();
        } catch (InvalidSpecException e) {
            reading.violations("", e.violations().stream()
                    .filter(v -> !(parametersFailed || studiesFailed) || !(v.field().equals("parameters")
                            || v.field().equals("targets") || v.field().equals("holdout")))
                    .toList());
            return null;
        }
    }

    private static MappingNode defaults() {
        return (MappingNode) YamlTree.compose(DEFAULTS, new Reading("calibration defaults"));
    }

    /** The study path resolved against the calibration file's folder, or null when it is not a path. */
    static Path resolve(String fileLabel, String asWritten) {
        try {
            return Path.of(fileLabel).resolveSibling(asWritten).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
