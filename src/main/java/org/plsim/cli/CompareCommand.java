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
import org.plsim.reporting.ComparisonReport;
import org.plsim.reporting.ComparisonSummary;
import org.plsim.reporting.RunReport;
import org.plsim.workflow.CompareWorkflow;
import org.plsim.workflow.ScenarioSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plsim compare A B}: read and check both plans, run B on A's seeds, compare B − A, write, sum up. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares two plans: runs A and then B, each as paired replicates against business as usual, "
                + "B with A's seed, replicates and uncertainty (said when B's file names others), so replicate r of "
                + "both plans simulates the same students from the same random numbers. Reports each plan's effect "
                + "and the paired difference B - A by year, in student-level SD with 95%% CIs over replicates, and "
                + "how many times narrower the paired interval is than two separate ones.",
                "Writes comparison.csv, comparison.svg (B - A by year), trajectory-math.svg, "
                        + "trajectory-reading.svg (A beside B) and manifest.json to a new folder, "
                        + "RESULTS_DIR/compare/<a-id>-vs-<b-id>/<UTC time>-seed<SEED>."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed while running or writing (no partial folder is left)",
                "2:bad input in either file: every problem is listed and nothing is written"})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "Scenario file of plan A, e.g. the plan as proposed; "
            + "its seed, replicates and uncertainty are used for both plans.")
    Path scenarioA;

    @Parameters(index = "1", paramLabel = "B", description = "Scenario file of plan B, e.g. a change to A.")
    Path scenarioB;

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

    public CompareCommand() {
        this(ScenarioSource.yaml(), ComponentRegistry::discover, Clock.systemUTC());
    }

    CompareCommand(ScenarioSource source, Supplier<ComponentRegistry> registry, Clock clock) {
        this.source = source;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Instant started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        PrintWriter err = command.commandLine().getErr();
        if (threads.problem().isPresent()) {
            err.println(threads.problem().get());
            return 2;
        }
        CompareWorkflow workflow = new CompareWorkflow(source, registry.get(), threads.threads());
        CompareWorkflow.Checked checked = workflow.check(scenarioA, scenarioB, overrides::apply,
                output.problem().orElse(null));
        if (!checked.ok()) {
            checked.problems().forEach(err::println);
            return 2;
        }
        checked.a().read().warnings().forEach(err::println);
        checked.b().read().warnings().forEach(err::println);
        err.flush();
        boolean show = !output.quiet() && showProgress.wanted();
        RunReport a;
        try (ProgressDisplay progress = ProgressDisplay.open(checked.specA(), threads.threads(), show)) {
            a = workflow.runPlan(checked.a(), progress);
        }
        RunReport b;
        try (ProgressDisplay progress = ProgressDisplay.open(checked.specB(), threads.threads(), show)) {
            b = workflow.runPlan(checked.b(), progress);
        }
        ComparisonReport report = workflow.compare(checked, a, b);
        Path folder;
        try {
            folder = workflow.write(report, checked, scenarioA, scenarioB,
                    command.commandLine().getParseResult().originalArgs(), started, output.out(), output.resultsDir());
        } catch (IOException e) {
            err.println("plsim compare: could not write the results (nothing was left behind): " + e);
            return 1;
        }
        PrintWriter stdout = command.commandLine().getOut();
        if (output.quiet()) {
            stdout.println(folder);
        } else {
            new ComparisonSummary(report, folder).lines().forEach(stdout::println);
        }
        stdout.flush();
        return 0;
    }
}
