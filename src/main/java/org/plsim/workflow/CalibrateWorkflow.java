package org.plsim.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.plsim.calibration.CalibrationProgress;
import org.plsim.calibration.CalibrationResult;
import org.plsim.calibration.Calibrator;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.input.CalibrationInput;
import org.plsim.io.input.CalibrationReader;
import org.plsim.io.input.ScenarioReader;
import org.plsim.io.manifest.CalibrationOutputs;
import org.plsim.io.manifest.RunEnvironment;
import org.plsim.io.yaml.ScenarioException;

/**
 * What {@code plsim calibrate} does: read a calibration file and its studies, fit the evidence parameters, and
 * write fit.csv, parameters.yaml and manifest.json to {@code RESULTS_DIR/calibrations/<name>/<UTC time>-seed<SEED>/}
 * (or an exact folder) whole or not at all.
 */
public final class CalibrateWorkflow {
    private final ComponentRegistry components;
    private final int threads;

    public CalibrateWorkflow(ComponentRegistry components, int threads) {
        this.components = components;
        this.threads = threads;
    }

    /** The calibration in {@code file} with every study it names, read and checked. */
    public CalibrationInput read(Path file) throws ScenarioException {
        return new CalibrationReader(ScenarioReader.forRunning(components, threads)).read(file);
    }

    /** The fit, telling {@code progress} of every candidate evaluated and every held-out study checked. */
    public CalibrationResult calibrate(CalibrationInput in, CalibrationProgress progress) {
        return new Calibrator(new ScenarioRunner(components, threads)).run(in.calibration(), progress);
    }

    /**
     * Writes the calibration folder; returns it as the user would type it.
     *
     * @param args the command line as given, for the manifest
     * @param wall seconds the calibration took, for the manifest
     */
    public Path write(CalibrationInput in, CalibrationResult r, List<String> args, Instant started, double wall,
                      Path out, Path resultsDir) throws IOException {
        CalibrationOutputs.Made made = new CalibrationOutputs.Made(RunEnvironment.detect(Path.of("")), args, started,
                threads, wall, EvidenceRegistry.builtIn().sha256());
        String name = ResultPaths.runId(r.calibration().seed(), started);
        try (ResultFolder staging = out != null ? ResultFolder.exactly(out)
                : ResultFolder.named(resultsDir.resolve("calibrations").resolve(r.calibration().name()), name)) {
            CalibrationOutputs.write(staging.staging(), in, r, made);
            return ResultPaths.shown(staging.commit());
        }
    }
}
