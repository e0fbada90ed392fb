package org.plsim.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.workflow.rerun.Commands;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * PLSim's commands run again in this JVM for {@code plsim rerun}, so a folder is re-made by the very code that
 * made it: their errors and progress on rerun's stderr, their summaries dropped (rerun prints the verdict).
 */
final class InProcessCommands implements Commands {
    private final CommandSpec rerun;

    InProcessCommands(CommandSpec rerun) {
        this.rerun = rerun;
    }

    @Override
    public int plsim(String... args) {
        return Main.commandLine(args)
                .setOut(new PrintWriter(Writer.nullWriter())).setErr(rerun.commandLine().getErr()).execute(args);
    }

    @Override
    public int sweep(SweepPlan plan, Path target, String sweepFile, int threads, boolean progress) {
        SweepMergeStep finish = new SweepMergeStep(rerun, SweepSource.analysis(), SweepMergeStep.Say.NOTHING);
        return new SweepExecution(rerun, "plsim rerun", ComponentRegistry.discover(), finish, progress)
                .run(plan, target, Shard.WHOLE, threads, false, sweepFile, Instant.now());
    }
}
