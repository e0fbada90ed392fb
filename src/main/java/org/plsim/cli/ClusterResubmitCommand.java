package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plsim.io.sweepfolder.SweepRefusal;
import org.plsim.io.sweepfolder.SweepStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plsim cluster resubmit DIR}: only the missing or damaged shards, and a new merge after them. */
@Command(name = "resubmit", mixinStandardHelpOptions = true,
        description = "Submits the shards of a planned sweep whose runs are not all in (never started, failed, "
                + "cancelled, out of time, or damaged: they resume, redoing only what is missing) and a new merge "
                + "after them. Refused while a shard is running or an array task of the sweep is still queued.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:submitted, or nothing missing", "1:sbatch failed", "2:not a planned folder, a shard "
                + "running, or runs that disagree"})
final class ClusterResubmitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The sweep's folder, as planned.")
    Path root;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter err = command.commandLine().getErr();
        PrintWriter out = command.commandLine().getOut();
        try {
            ClusterSweep sweep = ClusterSweep.open(root);
            SweepStatus s = sweep.status();
            if (s != null && !s.running().isEmpty()) {
                s.running().forEach(r -> err.println("RUNNING NOW: " + r));
                err.println("plsim cluster resubmit: wait for it to end (or scancel it), then resubmit");
                return 2;
            }
            List<String> queued = sweep.arrayTasksQueued();
            if (!queued.isEmpty()) {
                err.println("plsim cluster resubmit: array tasks of this sweep are still queued or running ("
                        + String.join(", ", queued) + "); allowed: wait until they end ("
                        + Launched.cluster("status", root) + "), or scancel them, then resubmit");
                return 2;
            }
            if (s != null && !s.nondeterministic().isEmpty()) {
                s.describe(Launched.program()).forEach(err::println);
                return 2;
            }
            List<Integer> missing = sweep.missing(s);
            if (missing.isEmpty()) {
                out.println("every run of " + root + " is in: nothing to resubmit; to merge: " + Launched.program()
                        + " merge " + SweepStatus.quoted(root.toString()));
                out.flush();
                return 0;
            }
            List<ClusterFolder.Job> jobs = sweep.submit(missing);
            out.println(said(jobs, sweep));
            out.flush();
            return 0;
        } catch (IllegalArgumentException | SweepRefusal e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("plsim cluster resubmit: " + e.getMessage());
            return 1;
        }
    }

    /** What submit and resubmit print: the jobs, and how to follow them. */
    static String said(List<ClusterFolder.Job> jobs, ClusterSweep sweep) {
        ClusterFolder.Job array = jobs.get(0);
        return "submitted array job " + array.id() + " (shards " + array.tasks() + " of " + sweep.planned.shards()
                + ")" + (jobs.size() > 1 ? " and merge job " + jobs.get(1).id() + " (after the array ends, "
                + "whatever its tasks do)" : "") + "; logs in " + sweep.folder.logs() + "\nfollow it: "
                + Launched.cluster("status", sweep.folder.root());
    }
}
