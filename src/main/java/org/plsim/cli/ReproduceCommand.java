package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.plsim.components.ComponentRegistry;
import org.plsim.reporting.study.ReproductionOutputs;
import org.plsim.study.Reproducer;
import org.plsim.study.Reproduction;
import org.plsim.study.Verdict;
import org.plsim.workflow.ReproduceWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plsim reproduce FILE...}: sets each published study up as it was done, runs it with enough paired
 * replicates, prints the model beside the published result and writes a reproduction folder.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Sets published studies up in PLSim as they were done - the study's grades, years, sample "
                + "size and comparison, from each scenario's study: block - runs each with enough paired replicates "
                + "(until the half-width of the model's 95%% CI is a fifth of the published interval's, up to --max-replicates), and "
                + "prints and writes model vs published side by side: estimate, interval, verdict (within / "
                + "overlaps / outside) and gap. Writes reproductions.csv, a chart, report.html and manifest.json to "
                + "RESULTS_DIR/studies/<UTC time>-<n>-studies/ and copies report.html and reproductions.csv to "
                + "RESULTS_DIR/studies/ (the latest reproduction; not with --out)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (whatever the verdicts, unless --strict)", "1:failed while running or writing",
                "2:bad input: every problem in every file is listed and nothing is run or written",
                "3:--strict and a study's model mean lies outside its published interval"})
public final class ReproduceCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Study scenario files (with a study: block), or "
            + "folders of them, e.g. scenarios/studies/.")
    List<Path> files;

    @Option(names = "--max-replicates", paramLabel = "N", defaultValue = "" + Reproducer.DEFAULT_MAX_REPLICATES,
            description = "Most paired replicates per study (default: ${DEFAULT-VALUE}).")
    int maxReplicates;

    @Mixin
    OutputOptions output;

    @Mixin
    ThreadOptions threads;

    @Option(names = "--strict", description = "Exit 3 when a study's model mean lies outside its published interval.")
    boolean strict;

    @Spec
    CommandSpec command;

    private final Clock clock;

    public ReproduceCommand() {
        this(Clock.systemUTC());
    }

    ReproduceCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = command.commandLine().getErr();
        PrintWriter stdout = command.commandLine().getOut();
        Instant started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Optional<String> bad = threads.problem().or(() -> maxReplicates < Reproducer.MIN_REPLICATES
                ? Optional.of("--max-replicates: found " + maxReplicates + ", allowed: " + Reproducer.MIN_REPLICATES
                        + " or more") : Optional.empty()).or(output::problem);
        if (bad.isPresent()) {
            err.println(bad.get());
            return 2;
        }
        var workflow = new ReproduceWorkflow(ComponentRegistry.discover(), threads.threads(), maxReplicates);
        ReproduceWorkflow.Studies studies = workflow.read(files);
        if (!studies.ok()) {
            studies.problems().forEach(err::println);
            return 2;
        }
        List<Reproduction> rows = workflow.reproduce(studies.studies(), (done, total, r, seconds) -> {
            if (!output.quiet()) {
                stdout.printf(Locale.ROOT, "[%d/%d] %s (%.1f s)%n", done, total, ReproductionOutputs.line(r), seconds);
                stdout.flush();
            }
        });
        Path folder;
        try {
            folder = workflow.write(rows, studies.inputs(), command.commandLine().getParseResult().originalArgs(),
                    started, output.out(), output.resultsDir());
        } catch (IOException e) {
            err.println("plsim reproduce: could not write the results (nothing was left behind): " + e);
            return 1;
        }
        long within = rows.stream().filter(r -> r.verdict() == Verdict.WITHIN).count();
        if (output.quiet()) {
            stdout.println(folder);
        } else {
            stdout.printf(Locale.ROOT, "%d of %d studies within their published interval, %d overlapping, %d outside.%n"
                    + "Report: %s%n", within, rows.size(), rows.stream().filter(r -> r.verdict() == Verdict.OVERLAPS)
                    .count(), rows.stream().filter(r -> r.verdict() == Verdict.OUTSIDE).count(),
                    folder.resolve(ReproductionOutputs.REPORT));
        }
        stdout.flush();
        return strict && within < rows.size() ? 3 : 0;
    }
}
