package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.plsim.calibration.CalibrationProgress;
import org.plsim.calibration.CalibrationResult;
import org.plsim.components.ComponentRegistry;
import org.plsim.io.input.CalibrationInput;
import org.plsim.io.manifest.ParameterFile;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.workflow.CalibrateWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    OutputOptions output;

    @Mixin
    ThreadOptions threads;

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
        Optional<String> bad = threads.problem().or(output::problem);
        if (bad.isPresent()) {
            err.println(bad.get());
            return 2;
        }
        CalibrateWorkflow workflow = new CalibrateWorkflow(ComponentRegistry.discover(), threads.threads());
        CalibrationInput in;
        try {
            in = workflow.read(file);
        } catch (ScenarioException e) {
            e.problems().forEach(err::println);
            return 2;
        }
        CalibrationSummary summary = new CalibrationSummary(stdout);
        if (!output.quiet()) {
            summary.header(in.calibration());
        }
        CalibrationResult r;
        try {
            r = workflow.calibrate(in, output.quiet() ? CalibrationProgress.NONE : summary);
        } catch (RuntimeException e) {
            err.println("plsim calibrate: the calibration failed (nothing was written): " + e.getMessage());
            return 1;
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Path folder;
        try {
            folder = workflow.write(in, r, command.commandLine().getParseResult().originalArgs(), started, wall,
                    output.out(), output.resultsDir());
        } catch (IOException e) {
            err.println("plsim calibrate: could not write the results (nothing was left behind): " + e);
            return 1;
        }
        if (output.quiet()) {
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
}
