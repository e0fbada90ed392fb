package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.manifest.RunEnvironment;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.input.ScenarioReader;
import org.plsim.io.yaml.ScenarioText;
import org.plsim.io.manifest.StudyManifest;
import org.plsim.reporting.study.ReproductionOutputs;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.study.Reproducer;
import org.plsim.study.Reproduction;
import org.plsim.study.StudyScenario;
import org.plsim.study.Verdict;
import picocli.CommandLine.Command;
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
                + "RESULTS_DIR/studies/ (the latest reproduction)."},
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

    @Option(names = "--results-dir", paramLabel = "DIR", defaultValue = "results",
            description = "Results folder (default: ${DEFAULT-VALUE}); output goes to DIR/studies/.")
    Path resultsDir;

    @Option(names = "--out", paramLabel = "DIR", description = "Exact folder for this reproduction; it must not exist "
            + "or be empty. The latest-report copies in RESULTS_DIR/studies/ are then not made.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Arms run at once (default: the processors, "
            + "${DEFAULT-VALUE}). Results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--strict", description = "Exit 3 when a study's model mean lies outside its published interval.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print only the result folder.")
    boolean quiet;

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
        if (threads < 1 || maxReplicates < Reproducer.MIN_REPLICATES) {
            err.println(threads < 1 ? "--threads: found " + threads + ", allowed: 1 or more"
                    : "--max-replicates: found " + maxReplicates + ", allowed: " + Reproducer.MIN_REPLICATES + " or more");
            return 2;
        }
        if (out != null && !ResultFolder.isFree(out)) {
            err.println("--out: found " + out + ", which exists and is not an empty folder; allowed: a new or empty folder");
            return 2;
        }
        ComponentRegistry components = ComponentRegistry.discover();
        List<StudyManifest.Input> inputs = new ArrayList<>();
        List<StudyScenario> studies = read(components, inputs, err);
        if (studies == null) {
            return 2;
        }
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Reproducer reproducer = new Reproducer(new ScenarioRunner(components, threads), maxReplicates);
        List<Reproduction> rows = new ArrayList<>();
        for (int i = 0; i < studies.size(); i++) {
            long t0 = System.nanoTime();
            Reproduction r = reproducer.reproduce(studies.get(i), ProgressListener.NONE);
            rows.add(r);
            if (!quiet) {
                stdout.printf(Locale.ROOT, "[%d/%d] %s (%.1f s)%n", i + 1, studies.size(), line(r),
                        (System.nanoTime() - t0) / 1e9);
                stdout.flush();
            }
        }
        Path folder;
        try {
            folder = write(rows, inputs, started);
        } catch (IOException e) {
            err.println("plsim reproduce: could not write the results (nothing was left behind): " + e);
            return 1;
        }
        long within = rows.stream().filter(r -> r.verdict() == Verdict.WITHIN).count();
        if (quiet) {
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

    /** One study as a line: model vs published, verdict and gap. */
    static String line(Reproduction r) {
        var p = r.study().published();
        return String.format(Locale.ROOT, "%-44s model %+.3f [%+.3f, %+.3f] (%d reps)  published %+.3f [%+.3f, %+.3f]"
                        + "  %s%s", r.id(), r.model().mean(), r.model().ciLow(), r.model().ciHigh(), r.replicates(),
                p.estimate(), p.low(), p.high(), r.verdict().label(),
                r.gap() == 0 ? "" : String.format(Locale.ROOT, " (gap %+.3f)", r.gap()));
    }

    /** Every study file, read and checked; null after printing every problem of every file. */
    private List<StudyScenario> read(ComponentRegistry components, List<StudyManifest.Input> inputs, PrintWriter err) {
        List<Path> paths = new ArrayList<>();
        boolean ok = true;
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                try (Stream<Path> in = Files.list(f)) {
                    in.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                            .forEach(paths::add);
                } catch (IOException e) {
                    err.println(f + ": could not list the folder: " + e.getMessage());
                    ok = false;
                }
            } else {
                paths.add(f);
            }
        }
        if (paths.isEmpty() && ok) {
            err.println(files + ": no study files (*.yaml) found");
            return null;
        }
        ScenarioReader reader = ScenarioReader.forRunning(components, threads);
        List<StudyScenario> studies = new ArrayList<>();
        for (Path p : paths) {
            try {
                String text = ScenarioText.read(p);
                studies.add(reader.readStudyString(text, p.toString()));
                inputs.add(new StudyManifest.Input(p.toString(), text));
            } catch (ScenarioException e) {
                e.problems().forEach(err::println);
                ok = false;
            } catch (InvalidSpecException e) {
                e.violations().forEach(v -> err.println(p + ": " + v));
                ok = false;
            }
        }
        List<String> ids = studies.stream().map(StudyScenario::id).toList();
        for (String id : ids.stream().distinct().toList()) {
            if (ids.indexOf(id) != ids.lastIndexOf(id)) {
                err.println("study id '" + id + "' is given by two files; allowed: one file per id");
                ok = false;
            }
        }
        return ok ? studies : null;
    }

    private Path write(List<Reproduction> rows, List<StudyManifest.Input> inputs, Instant started) throws IOException {
        ReproductionOutputs.Made made = new ReproductionOutputs.Made(inputs, RunEnvironment.detect(Path.of("")),
                command.commandLine().getParseResult().originalArgs(), started, threads, maxReplicates);
        Path folder;
        try (ResultFolder staging = out != null ? ResultFolder.exactly(out)
                : ResultFolder.named(resultsDir.resolve("studies"), RunCommand.RUN_TIME.format(started) + "-"
                + rows.size() + "-studies")) {
            ReproductionOutputs.write(staging.staging(), rows, made);
            folder = staging.commit();
        }
        if (out == null) {
            ReproductionOutputs.publishLatest(folder, resultsDir.resolve("studies"));
        }
        Path here = Path.of("").toAbsolutePath();
        return folder.startsWith(here) ? here.relativize(folder) : folder;
    }
}
