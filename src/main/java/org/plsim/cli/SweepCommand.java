package org.plsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepEstimate;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.workflow.sweep.SweepOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plsim sweep FILE}: run a sweep (or one shard of it) resumably, then merge and analyse it. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs every design point of a sweep file, each replicate as a pair of arms from the same "
                + "random numbers, in parallel in one JVM. Each finished run goes to disk at once: an interrupted "
                + "sweep (even kill -9 or a power cut) finishes with --resume, redoing only the runs in flight. "
                + "Then merges the runs into runs.csv and design.csv and writes the analysis, in "
                + "RESULTS_DIR/<sweep-id> (or --out).",
            "On a cluster, run one shard per array task (--shard i/n, or --shard auto/n with n written in the job "
                + "script) and then plsim merge DIR; the result is byte-identical to one machine's."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (a shard: its runs are in)", "1:failed while running or writing, or runs disagree "
                + "with themselves (nondeterminism)", "2:bad input, a folder that is not this sweep's, runs missing"
                + " (--status), or a large sweep without --yes where no one can be asked"})
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Sweep file, e.g. scenarios/sweeps/component-mix.yaml.")
    Path file;

    @Mixin
    OutputOptions output;

    @Mixin
    ThreadOptions threads;

    @Option(names = "--shard", paramLabel = "i/n", description = "Run only shard i of n (runs whose index modulo n "
            + "is i); auto/n takes i from the array job (SLURM_ARRAY_TASK_ID, PBS_ARRAY_INDEX, SGE_TASK_ID, "
            + "LSB_JOBINDEX, AWS_BATCH_JOB_ARRAY_INDEX, JOB_COMPLETION_INDEX). No merge: run plsim merge DIR after.")
    String shard;

    @Option(names = "--resume", description = "Finish the sweep in the folder: skip runs already done, cut off a "
            + "run interrupted mid-write. A complete shard is checked and left as it is, unless damaged: then its "
            + "damaged runs alone are rerun (the damaged file is kept as .damaged). Refused while another process "
            + "runs the same shard.")
    boolean resume;

    @Option(names = "--status", description = "Only say how far the sweep in the folder is, and what would finish "
            + "it; writes nothing.")
    boolean status;

    @Option(names = "--yes", description = "Run a sweep of more than " + SweepConsent.THRESHOLD + " arm runs "
            + "without asking (at a terminal it asks y/N; unattended, without --yes, it stops with exit 2).")
    boolean yes;

    @Spec
    CommandSpec command;

    private final SweepSource source;
    private final SweepOutputs outputs;
    private final Supplier<ComponentRegistry> registry;
    private final Map<String, String> environment;
    private final Clock clock;

    public SweepCommand() {
        this(SweepSource.files(), SweepSource.analysis(), ComponentRegistry::discover, System.getenv(),
                Clock.systemUTC());
    }

    SweepCommand(SweepSource source, SweepOutputs outputs, Supplier<ComponentRegistry> registry,
                 Map<String, String> environment, Clock clock) {
        this.source = source;
        this.outputs = outputs;
        this.registry = registry;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Instant started = clock.instant();
        PrintWriter err = command.commandLine().getErr();
        if (threads.problem().isPresent()) {
            err.println(threads.problem().get());
            return 2;
        }
        if (output.placement().isPresent()) {
            err.println(output.placement().get());
            return 2;
        }
        Shard slice;
        try {
            slice = shard == null ? Shard.WHOLE : Shard.parse(shard, environment);
        } catch (IllegalArgumentException e) {
            err.println("--shard: " + e.getMessage());
            return 2;
        }
        SweepPlan plan;
        try (ReadingProgress reading = ReadingProgress.start(err, !output.quiet() && !status, file.toString())) {
            plan = source.load(file, reading);
        } catch (ScenarioException e) {
            e.problems().forEach(err::println);
            return 2;
        }
        Path root = output.out() != null ? output.out() : output.resultsDir().resolve(plan.sweepId());
        if (status) {
            return new SweepMergeStep(command, outputs, SweepMergeStep.Say.SUMMARY).status(root, plan, file.toString());
        }
        SweepEstimate estimate = SweepEstimate.of(plan, slice, threads.threads());
        if (!output.quiet()) {
            err.println("Sweep " + plan.sweepId() + ": " + estimate.describe());
            err.flush();
        }
        if (!resume && !SweepConsent.of(yes, environment).allows(estimate, file.toString(), err)) {
            return 2;
        }
        SweepMergeStep.Say say = output.quiet() ? SweepMergeStep.Say.FOLDER : SweepMergeStep.Say.SUMMARY;
        return new SweepExecution(command, "plsim sweep", registry.get(), new SweepMergeStep(command, outputs, say), !output.quiet())
                .run(plan, root, slice, threads.threads(), resume, file.toString(), started);
    }
}
