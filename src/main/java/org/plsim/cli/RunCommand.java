package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.io.input.ScenarioReader;
import org.plsim.reporting.RunReport;
import org.plsim.reporting.RunSummary;
import org.plsim.workflow.RunWorkflow;
import org.plsim.workflow.ScenarioSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plsim run SCENARIO}: read, check, run both arms of every replicate, write the result folder, sum up. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a scenario: each replicate as a pair of arms, the grant plan and business as usual, "
                + "from the same random numbers. Writes outcomes, paired effects, summaries with 95%% CIs, a "
                + "chart and a manifest to a new folder, RESULTS_DIR/<scenario-id>/<UTC time>-seed<SEED>, "
                + "and prints the effect on achievement."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed while running or writing (no partial folder is left)",
                "2:bad input: every problem is listed and nothing is written"})
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file, e.g. scenarios/quickstart.yaml.")
    Path scenario;

    @Mixin
    ScenarioOverrides overrides;

    @Mixin
    OutputOptions output;

    @Mixin
    ThreadOptions threads;

    @Mixin
    ProgressOptions showProgress;

    @Spec
    CommandSpec command;

    private final ScenarioSource source;
    private final Supplier<ComponentRegistry> registry;
    private final Clock clock;

    public RunCommand() {
        this(ScenarioSource.yaml(), ComponentRegistry::discover, Clock.systemUTC());
    }

    RunCommand(ScenarioSource source, Supplier<ComponentRegistry> registry, Clock clock) {
        this.source = source;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Starts, on a daemon thread, what every run waits for later and what needs nothing from the command line:
     * the reference defaults and the evidence registry read. {@link Main} calls it before picocli parses
     * {@code plsim run …}, so on a machine with a core to spare a small run spends that time once. (Drawing a
     * chart nobody sees meanwhile, to ready AWT and XChart, was dropped: it cost a tiny run 0.14 s of CPU, and on
     * two busy cores wall time too.)
     */
    static void prepareInBackground() {
        Thread reading = new Thread(() -> {
            ScenarioReader.readReference();
            EvidenceRegistry.builtIn();
        }, "plsim-read-reference");
        reading.setDaemon(true);
        reading.start();
    }

    @Override
    public Integer call() {
        Instant started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        PrintWriter err = command.commandLine().getErr();
        if (threads.problem().isPresent()) {
            err.println(threads.problem().get());
            return 2;
        }
        RunWorkflow workflow = new RunWorkflow(source, registry.get(), threads.threads());
        RunWorkflow.Checked checked = workflow.check(scenario, overrides::apply, output.problem().orElse(null));
        if (!checked.ok()) {
            checked.problems().forEach(err::println);
            return 2;
        }
        checked.read().warnings().forEach(err::println);
        err.flush();
        RunReport report;
        try (ProgressDisplay progress = ProgressDisplay.open(checked.read().spec(), threads.threads(),
                !output.quiet() && showProgress.wanted())) {
            report = workflow.run(checked, progress);
        }
        Path folder;
        try {
            folder = workflow.write(report, checked.read(), scenario,
                    command.commandLine().getParseResult().originalArgs(), started, output.out(), output.resultsDir());
        } catch (IOException e) {
            err.println("plsim run: could not write the results (nothing was left behind): " + e);
            return 1;
        }
        PrintWriter stdout = command.commandLine().getOut();
        if (output.quiet()) {
            stdout.println(folder);
        } else {
            new RunSummary(report, folder).lines().forEach(stdout::println);
        }
        stdout.flush();
        return 0;
    }
}
