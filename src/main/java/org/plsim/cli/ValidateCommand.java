package org.plsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plsim.calibration.Calibration;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.BudgetFit;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepEstimate;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.input.CalibrationReader;
import org.plsim.io.input.InputKind;
import org.plsim.io.input.ReadScenario;
import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.yaml.ScenarioText;
import org.plsim.io.input.ScenarioReader;
import org.plsim.io.input.SweepReader;
import org.plsim.scenario.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/**
 * {@code plsim validate FILE...}: reads each scenario over the reference defaults, as {@code plsim run}
 * would, and says whether it is usable — without running anything or writing any file, so it is cheap
 * to call from an editor, a notebook or CI before a long sweep.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks scenario, sweep and calibration files without running them: YAML syntax, known keys, types, ranges, "
                + "grade spans, installed components, and whether the district fits in memory.",
                "Prints one OK line per valid file; prints every problem of an invalid file, one per line, "
                        + "as FILE:LINE: FIELD: MESSAGE, to standard error, and so the warnings of a valid one "
                        + "(FIELD: warning: ...). A file over 1 MiB is refused unread. Writes no file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "2:a file has problems (or the arguments are wrong)"})
public final class ValidateCommand implements Callable<Integer> {
    static final int INVALID = 2;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Scenario YAML files (each names only what differs from scenarios/reference.yaml) or "
                    + "sweep files (scenarios/sweeps/; every design point is checked) or calibration files "
                    + "(scenarios/calibrations/; every study is read).")
    List<Path> files;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        ComponentRegistry registry = ComponentRegistry.discover();
        ScenarioReader reader = new ScenarioReader()
                .withCheck(spec -> BudgetFit.checked(spec, registry, EvidenceRegistry.builtIn()));
        boolean allValid = true;
        for (Path file : files) {
            try {
                String text = ScenarioText.read(file); // the size is checked before the file is read or parsed
                switch (InputKind.of(text)) {
                    case SWEEP -> {
                        SweepPlan plan;
                        // progress at a terminal only: a log or a test reads problems alone on stderr
                        try (ReadingProgress reading = ReadingProgress.start(new PrintWriter(System.err, true),
                                System.console() != null, file.toString())) {
                            plan = new SweepReader().read(file, text, reading);
                        }
                        SweepEstimate estimate = SweepEstimate.of(plan, Shard.WHOLE,
                                Runtime.getRuntime().availableProcessors());
                        int perSample = plan.factors().size() + 2; // a sobol design: A, B and one A_B a factor
                        String points = plan.designType().equals("sobol")
                                ? String.format(Locale.ROOT, "%d points (N = %d base samples × %d)",
                                        plan.points().size(), plan.points().size() / perSample, perSample)
                                : plan.points().size() + " points";
                        out.println(String.format(Locale.ROOT, "OK  %s: sweep %s, %s design, %s, %s; %s%s",
                                file, plan.sweepId(), plan.designType(), points,
                                plan.replicates().isAdaptive() ? "adaptive replicates"
                                        : plan.replicates().fixed() + " replicates a point", estimate.describe(),
                                estimate.armRuns() > SweepConsent.THRESHOLD
                                        ? "; plsim sweep will ask first, or take --yes" : ""));
                    }
                    case CALIBRATION -> {
                        Calibration c = new CalibrationReader(reader).readString(text, file.toString(),
                                CalibrationReader.FILES).calibration();
                        out.println(String.format(Locale.ROOT, "OK  %s: calibration %s, %d parameters, "
                                        + "%d targets, %d held out, %d replicates a study", file, c.name(),
                                c.parameters().size(), c.targets().size(), c.holdout().size(), c.replicates()));
                    }
                    case SCENARIO -> {
                        ReadScenario read = reader.readWithSources(text, file.toString());
                        ScenarioSpec spec = read.spec();
                        out.println(String.format(Locale.ROOT, "OK  %s: %s, %d schools, %,d students, "
                                        + "%d years, %d replicates", file, spec.id(), spec.district().schoolCount(),
                                spec.district().students(), spec.years(), spec.replicates()));
                        read.warnings().stream().map(Problem::toString).forEach(err::println);
                    }
                }
            } catch (ScenarioException e) {
                allValid = false;
                e.problems().stream().map(Problem::toString).forEach(err::println);
            }
        }
        out.flush();
        err.flush();
        return allValid ? 0 : INVALID;
    }
}
