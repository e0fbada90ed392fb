package org.plsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.sweepfolder.ShardReport;
import org.plsim.workflow.sweep.SweepProblem;
import org.plsim.workflow.sweep.SweepSession;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs an expanded sweep (or one shard of it) into its folder with a progress display, then, when it ran
 * whole, merges and analyses it: the work of {@code plsim sweep}, shared with {@code plsim rerun}, which
 * re-makes a sweep from its manifest the same way.
 */
final class SweepExecution {
    private final CommandSpec command;
    private final String name;
    private final ComponentRegistry registry;
    private final SweepMergeStep finish;
    private final boolean progress;

    /**
     * @param name     the command, for messages ({@code plsim sweep})
     * @param finish   how the merged runs are analysed and what is printed after
     * @param progress whether to show progress on stderr (a bar on a terminal, a line a minute in a log)
     */
    SweepExecution(CommandSpec command, String name, ComponentRegistry registry, SweepMergeStep finish,
                   boolean progress) {
        this.command = command;
        this.name = name;
        this.registry = registry;
        this.finish = finish;
        this.progress = progress;
    }

    /**
     * Runs {@code plan} into {@code root}; {@code sweepFile} is the file as the user named it, recorded in the
     * shards' sidecars and the manifest. Returns the exit code after printing what went wrong, if anything.
     */
    int run(SweepPlan plan, Path root, Shard slice, int threads, boolean resume, String sweepFile, Instant started) {
        PrintWriter err = command.commandLine().getErr();
        ShardReport report;
        try (SweepProgressDisplay display = SweepProgressDisplay.open(plan.sweepId(), progress, err)) {
            report = new SweepSession(name, registry, commandLine()).run(plan, root, slice, threads, resume, sweepFile,
                    display);
        } catch (SweepProblem p) {
            return SweepMergeStep.fail(p, err);
        }
        finish.repaired(root, report);
        if (!slice.isWhole()) {
            return finish.shardDone(root, slice, report);
        }
        return finish.mergeAndAnalyse(root, merged -> plan, sweepFile, started, threads, report);
    }

    /** The command as typed ({@code plsim sweep x.yaml --resume}), or null when not parsed from a command line. */
    private String commandLine() {
        return command.commandLine().getParseResult() == null ? null
                : "plsim " + String.join(" ", command.commandLine().getParseResult().originalArgs());
    }
}
