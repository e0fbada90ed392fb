package org.plsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plsim.workflow.sweep.SweepOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plsim status DIR}: how far a sweep folder is, shard by shard; writes nothing. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Says how far the sweep in a result folder is: runs done of runs expected, shard by shard, "
                + "interrupted runs, damaged runs (file, lines, run), runs that disagree with themselves, which "
                + "processes are writing into it now, and the commands that would finish it. Writes nothing; safe "
                + "while shards run."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every run is in", "1:a run found twice with different rows (nondeterminism)",
                "2:not a sweep folder, a shard of another sweep, or runs missing"})
public final class StatusCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The sweep's result folder.")
    Path folder;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        return new SweepMergeStep(command, SweepOutputs.NONE, SweepMergeStep.Say.SUMMARY).status(folder, null, null);
    }
}
