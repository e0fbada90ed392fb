package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.BudgetFit;
import org.plsim.experiment.ScenarioResult;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.io.input.HeapBudget;
import org.plsim.io.input.ReadScenario;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.reporting.Provenance;
import org.plsim.reporting.RunReport;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
    static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file, e.g. scenarios/quickstart.yaml.")
    Path scenario;

    @Mixin
    ScenarioOverrides overrides;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Exact result folder; it must not exist or be empty. Earlier results are never touched.")
    Path out;

    @Option(names = "--results-dir", paramLabel = "DIR", defaultValue = "results",
            description = "Folder holding result folders by scenario id (default: ${DEFAULT-VALUE}).")
    Path resultsDir;

    @Option(names = "--threads", paramLabel = "N", description = "Arms run at once (default: the processors, "
            + "${DEFAULT-VALUE}). Results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "Print only the result folder: no progress, no summary.")
    boolean quiet;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

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

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Instant started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        PrintWriter err = command.commandLine().getErr();
        ComponentRegistry components = registry.get();
        ReadScenario read = checkedScenario(components, err);
        if (read == null) {
            return 2;
        }
        ScenarioSpec spec = read.spec();
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // charts render off-screen, also on a desktop
        }
        ScenarioResult result;
        try (ProgressDisplay progress = ProgressDisplay.open(spec, threads, !quiet && !noProgress)) {
            result = new ScenarioRunner(components, threads).run(spec, progress);
        }
        RunReport report = RunReport.of(result);
        Path folder;
        try (ResultFolder staging = out != null ? ResultFolder.exactly(out)
                : ResultFolder.named(resultsDir.resolve(spec.id()), runId(spec, started))) {
            report.writeTo(staging.staging(), provenance(started, read));
            folder = shown(staging.commit());
        } catch (IOException e) {
            err.println("plsim run: could not write the results (nothing was left behind): " + e);
            return 1;
        }
        PrintWriter stdout = command.commandLine().getOut();
        if (quiet) {
            stdout.println(folder);
            stdout.flush();
        } else {
            new RunSummary(report, folder, (System.nanoTime() - t0) / 1e9).print(stdout);
        }
        return 0;
    }

    /**
     * The scenario with the command line's overrides, or null after printing every reason it cannot run:
     * problems in the file, components not installed or badly set, an occupied --out, too little heap.
     */
    private ReadScenario checkedScenario(ComponentRegistry components, PrintWriter err) {
        if (threads < 1) {
            err.println("--threads: found " + threads + ", allowed: a whole number of at least 1");
            return null;
        }
        ReadScenario read;
        ScenarioSpec spec;
        try {
            read = source.read(scenario, components, threads);
            spec = overrides.apply(read.spec());
            BudgetFit.checked(spec, components, EvidenceRegistry.builtIn());
        } catch (ScenarioException e) {
            e.problems().forEach(err::println);
            return null;
        } catch (InvalidSpecException e) {
            e.violations().forEach(v -> err.println(scenario + ": " + v));
            return null;
        }
        String refusal = refusal(spec);
        if (refusal != null) {
            err.println(refusal);
            return null;
        }
        return new ReadScenario(spec, read.evidenceFile());
    }

    /** Why the run must not start, or null: an occupied --out, or a district too big for the heap. */
    private String refusal(ScenarioSpec spec) {
        if (out != null && !ResultFolder.isFree(out)) {
            return "--out: found " + out + ", which exists and is not an empty folder; allowed: a new or empty "
                    + "folder (earlier results are never overwritten)";
        }
        return new HeapBudget(Runtime.getRuntime().maxMemory(), threads).shortfall(spec)
                .map(s -> scenario + ": district: " + s).orElse(null);
    }

    /** {@code 20251123-101500-seed42}: sorts by time, and says which seed made it. */
    static String runId(ScenarioSpec spec, Instant started) {
        return RUN_TIME.format(started) + "-seed" + spec.seed();
    }

    private Provenance provenance(Instant started, ReadScenario read) {
        List<String> args = command.commandLine().getParseResult().originalArgs();
        return new Provenance(scenario.toString(), args, started, Path.of("").toAbsolutePath(), threads,
                read.evidenceFile().orElse(null));
    }

    /** The folder relative to the working directory when it is inside it, as the user would type it. */
    private static Path shown(Path folder) {
        Path here = Path.of("").toAbsolutePath();
        return folder.startsWith(here) ? here.relativize(folder) : folder;
    }
}
