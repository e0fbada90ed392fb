package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plsim.calibration.CalibrationProgress;
import org.plsim.calibration.CalibrationResult;
import org.plsim.calibration.Calibrator;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.io.input.CalibrationInput;
import org.plsim.io.manifest.CalibrationOutputs;
import org.plsim.io.input.CalibrationReader;
import org.plsim.io.manifest.ParameterFile;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.manifest.RunEnvironment;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.input.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plsim calibrate FILE}: fits evidence parameters to target studies, checks held-out studies with the
 * fitted values, prints before and after, and writes fit.csv, parameters.yaml and manifest.json.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fits evidence parameters to published studies: a calibration file names the parameters "
                + "(with bounds), the target studies to fit and the held-out studies to check out of sample. Each "
                + "candidate runs every target with the same replicates and seeds (common random numbers), evidence "
                + "held at the candidate's values; the optimizer (BOBYQA, or Brent for one parameter) minimizes the "
                + "sum of ((model mean - published estimate) / half the published interval)^2. Writes fit.csv, "
                + "parameters.yaml (the evidence_file scenarios can use) and manifest.json to "
                + "RESULTS_DIR/calibrations/<name>/<UTC time>-seed<SEED>/."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed while running or writing (no partial folder is left)",
                "2:bad input: every problem is listed and nothing is run or written"})
public final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Calibration file, e.g. "
            + "scenarios/calibrations/blended-and-competency.yaml.")
    Path file;

    @Option(names = "--results-dir", paramLabel = "DIR", defaultValue = "results",
            description = "Results folder (default: ${DEFAULT-VALUE}); output goes to DIR/calibrations/<name>/.")
    Path resultsDir;

    @Option(names = "--out", paramLabel = "DIR", description = "Exact result folder; it must not exist or be empty.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Arms run at once (default: the processors, "
            + "${DEFAULT-VALUE}). Results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "Print only the result folder.")
    boolean quiet;

    @Spec
    CommandSpec command;

    private final Clock clock;

    public CalibrateCommand() {
        this(Clock.systemUTC());
    }

    CalibrateCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = command.commandLine().getErr();
        PrintWriter stdout = command.commandLine().getOut();
        Instant started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long t0 = System.nanoTime();
        if (threads < 1 || out != null && !ResultFolder.isFree(out)) {
            err.println(threads < 1 ? "--threads: found " + threads + ", allowed: 1 or more" : "--out: found " + out
                    + ", which exists and is not an empty folder; allowed: a new or empty folder");
            return 2;
        }
        ComponentRegistry components = ComponentRegistry.discover();
        CalibrationInput in;
        try {
            in = new CalibrationReader(ScenarioReader.forRunning(components, threads)).read(file);
        } catch (ScenarioException e) {
            e.problems().forEach(err::println);
            return 2;
        }
        CalibrationSummary summary = new CalibrationSummary(stdout);
        if (!quiet) {
            summary.header(in.calibration());
        }
        CalibrationResult r;
        try {
            r = new Calibrator(new ScenarioRunner(components, threads)).run(in.calibration(),
                    quiet ? CalibrationProgress.NONE : summary);
        } catch (RuntimeException e) {
            err.println("plsim calibrate: the calibration failed (nothing was written): " + e.getMessage());
            return 1;
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Path folder;
        try {
            folder = write(in, r, started, wall);
        } catch (IOException e) {
            err.println("plsim calibrate: could not write the results (nothing was left behind): " + e);
            return 1;
        }
        if (quiet) {
            stdout.println(folder);
        } else {
            summary.table(r);
            stdout.printf(Locale.ROOT, "%nWrote %s (fit.csv, %s, manifest.json) in %.0f s.%nA scenario uses the "
                    + "fitted values with evidence_file: PATH, PATH leading from the scenario's folder to%n  %s%n",
                    folder, ParameterFile.FILE, wall, folder.resolve(ParameterFile.FILE));
        }
        stdout.flush();
        return 0;
    }

    private Path write(CalibrationInput in, CalibrationResult r, Instant started, double wall) throws IOException {
        CalibrationOutputs.Made made = new CalibrationOutputs.Made(RunEnvironment.detect(Path.of("")),
                command.commandLine().getParseResult().originalArgs(), started, threads, wall,
                EvidenceRegistry.builtIn().sha256());
        String name = RunCommand.RUN_TIME.format(started) + "-seed" + r.calibration().seed();
        try (ResultFolder staging = out != null ? ResultFolder.exactly(out)
                : ResultFolder.named(resultsDir.resolve("calibrations").resolve(r.calibration().name()), name)) {
            CalibrationOutputs.write(staging.staging(), in, r, made);
            Path folder = staging.commit();
            Path here = Path.of("").toAbsolutePath();
            return folder.startsWith(here) ? here.relativize(folder) : folder;
        }
    }
}
