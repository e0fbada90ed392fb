package org.plsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.sweepfolder.SweepStatus;
import org.plsim.workflow.sweep.SweepOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plsim merge DIR}: combine a sharded sweep's runs exactly once, then write its analysis. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merges the shards of a sweep folder into runs.csv (sorted by design point and replicate) and "
                + "design.csv, then writes the analysis. Reads complete and in-progress shards; a run found twice "
                + "counts once if both copies are identical. Refuses shards of another sweep, a sweep file that is not "
                + "the folder's, and a folder another process is writing into (naming it), and writes nothing then "
                + "or while runs are missing: it names the missing or damaged runs and the command that finishes "
                + "each shard."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged", "1:failed to write, or a run found twice with different rows (nondeterminism)",
                "2:not a sweep folder, a shard of another sweep, a sweep file that is not the folder's, another "
                        + "process writing into it, or runs missing (nothing written)"})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The sweep's result folder.")
    Path folder;

    @Option(names = "--sweep", paramLabel = "FILE", description = "The sweep file, for the analysis (default: the "
            + "file the shards were started from).")
    Path sweepFile;

    @Spec
    CommandSpec command;

    private final SweepSource source;
    private final SweepOutputs outputs;

    public MergeCommand() {
        this(SweepSource.files(), SweepSource.analysis());
    }

    MergeCommand(SweepSource source, SweepOutputs outputs) {
        this.source = source;
        this.outputs = outputs;
    }

    @Override
    public Integer call() {
        return new SweepMergeStep(command, outputs, SweepMergeStep.Say.SUMMARY).mergeAndAnalyse(folder, this::plan,
                sweepFile == null ? null : sweepFile.toString(), Clock.systemUTC().instant(), 0, null);
    }

    /** The sweep the analysis needs, matching the folder's fingerprint; null after saying why not. */
    private SweepPlan plan(SweepStatus merged) {
        PrintWriter err = command.commandLine().getErr();
        Path file = sweepFile != null ? sweepFile : merged.sweepFile() == null ? null : Path.of(merged.sweepFile());
        if (file == null) {
            err.println("plsim merge: which sweep file made " + folder + "? allowed: --sweep FILE");
            return null;
        }
        try {
            SweepPlan plan = source.load(file);
            if (plan.fingerprint().equals(merged.sweep().fingerprint())) {
                return plan;
            }
            err.println("plsim merge: " + file + " is not the sweep in " + folder + " (its fingerprint differs); "
                    + "allowed: --sweep with the file the shards ran");
        } catch (ScenarioException e) {
            e.problems().forEach(err::println);
        } catch (RuntimeException e) {
            err.println("plsim merge: " + file + ": " + e.getMessage());
        }
        return null;
    }
}
