package org.plsim.io.manifest;

import org.plsim.io.files.Sha256;
import org.plsim.io.input.CalibrationInput;
import org.plsim.io.csv.FitCsv;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.input.ScenarioReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.plsim.calibration.CalibrationProgress;
import org.plsim.calibration.CalibrationResult;
import org.plsim.calibration.Calibrator;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.ScenarioRunner;

/**
 * Writes a calibration folder: {@code fit.csv}, {@code parameters.yaml} and, last, {@code manifest.json} with the
 * other two files' SHA-256. {@link #rerun} does a recorded calibration again from its manifest alone.
 */
public final class CalibrationOutputs {
    /** The files of a calibration folder, manifest last (it hashes the others). */
    public static final List<String> FILES = List.of(FitCsv.FILE, ParameterFile.FILE, Manifest.FILE);

    private CalibrationOutputs() {
    }

    /** Everything a calibration folder records about how it was made, beyond the calibration itself. */
    public record Made(RunEnvironment environment, List<String> commandLine, Instant createdAt, int threads,
                       double wallSeconds, String registrySha256) {
        public Made {
            commandLine = List.copyOf(commandLine);
        }
    }

    public static void write(Path folder, CalibrationInput in, CalibrationResult r, Made made) throws IOException {
        FitCsv.write(folder.resolve(FitCsv.FILE), r);
        ParameterFile.write(folder.resolve(ParameterFile.FILE), r, Sha256.ofText(in.text()),
                made.registrySha256());
        List<Manifest.OutputFile> files = new ArrayList<>();
        for (String name : FILES.subList(0, FILES.size() - 1)) {
            files.add(Manifest.OutputFile.of(folder.resolve(name)));
        }
        CalibrationManifest.write(folder.resolve(Manifest.FILE), in, r, made, files);
    }

    /**
     * Does the calibration a folder's {@code manifest.json} records again — its calibration text and study texts
     * as recorded, so the files need not exist — and writes {@code fit.csv}, {@code parameters.yaml} and a new
     * manifest into {@code target} (absent or empty; it appears whole or not at all). The same PLSim version
     * gives byte-identical {@code fit.csv} and {@code parameters.yaml}, whatever {@code threads}.
     *
     * @return the folder written
     */
    public static Path rerun(Path manifest, Path target, ComponentRegistry components, int threads,
                             List<String> commandLine, CalibrationProgress progress)
            throws IOException, ScenarioException {
        Instant started = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long t0 = System.nanoTime();
        ScenarioReader studies = ScenarioReader.forRunning(components, threads);
        CalibrationInput in = CalibrationManifest.recorded(manifest, studies);
        CalibrationResult r = new Calibrator(new ScenarioRunner(components, threads)).run(in.calibration(), progress);
        Made made = new Made(RunEnvironment.detect(Path.of("")), commandLine, started, threads,
                (System.nanoTime() - t0) / 1e9, EvidenceRegistry.builtIn().sha256());
        try (ResultFolder folder = ResultFolder.exactly(target)) {
            write(folder.staging(), in, r, made);
            return folder.commit();
        }
    }
}
