package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.plsim.io.sweepfolder.SweepRefusal;
import org.plsim.io.sweepfolder.SweepStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plsim cluster status DIR}: the shards under the planned split, the commands to finish, Slurm's view. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Says where a planned sweep stands: runs done shard by shard (under the planned split), the "
                + "commands that would finish it, and Slurm's view of its jobs (squeue, and sacct where the site keeps "
                + "accounting). Writes nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every run is in", "1:a run found twice with different rows (nondeterminism)",
                "2:not a planned folder, or runs missing"})
final class ClusterStatusCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The sweep's folder, as planned.")
    Path root;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        try {
            ClusterSweep sweep = ClusterSweep.open(root);
            SweepStatus s = sweep.status();
            List<Integer> missing = sweep.missing(s);
            if (s == null) {
                out.println("sweep in " + root + ": no runs yet (no shard has started); " + sweep.planned.shards()
                        + " shards planned");
            } else {
                s.describe(Launched.program()).forEach(out::println);
            }
            if (!missing.isEmpty()) {
                out.println("on Slurm, the missing shards and a new merge: " + Launched.program()
                        + " cluster resubmit " + SweepStatus.quoted(root.toString()));
                out.println("  (which runs: " + sweep.sbatchLine(missing) + ", then the merge with "
                        + "--dependency=afterany:<its job id>)");
            }
            slurmView(sweep).forEach(out::println);
            out.flush();
            return s != null && !s.nondeterministic().isEmpty() ? 1 : missing.isEmpty() ? 0 : 2;
        } catch (IllegalArgumentException | SweepRefusal e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("plsim cluster status: could not read " + root + ": " + e);
            return 1;
        }
    }

    /** What squeue and sacct say of the folder's jobs; a line saying why not when they cannot say. */
    private static List<String> slurmView(ClusterSweep sweep) throws IOException {
        List<ClusterFolder.Job> jobs = sweep.folder.jobs();
        List<String> lines = new ArrayList<>();
        if (jobs.isEmpty()) {
            lines.add("Slurm: nothing submitted yet (" + Launched.cluster("submit", sweep.folder.root())
                    + ")");
            return lines;
        }
        String ids = String.join(",", jobs.stream().map(ClusterFolder.Job::id).toList());
        lines.add("Slurm: jobs " + String.join(", ", jobs.stream().map(j -> j.kind() + " " + j.id()
                + (j.tasks().isEmpty() ? "" : " (shards " + j.tasks() + ")")).toList()));
        Slurm.Said queue = Slurm.run(sweep.folder.root(), List.of("squeue", "-h", "-j", ids, "-o", "%i %j %T %M %R"));
        if (queue.exit() < 0) {
            lines.add("  squeue is not installed here: run this on the cluster's login node for Slurm's view");
            return lines;
        }
        List<String> queued = queue.out().lines().filter(l -> !l.isBlank()).toList();
        lines.add(queued.isEmpty() ? "  squeue: none of them is queued or running"
                : "  squeue (job, name, state, time, reason or node):");
        queued.forEach(l -> lines.add("    " + l.strip()));
        Slurm.Said acct = Slurm.run(sweep.folder.root(), List.of("sacct", "-n", "-P", "-X", "-j", ids, "-o",
                "JobID,State,ExitCode,Elapsed"));
        List<String> accounted = acct.out().lines().filter(l -> !l.isBlank()).toList();
        if (acct.exit() == 0 && !accounted.isEmpty()) {
            lines.add("  sacct (job, state, exit code, elapsed):");
            accounted.forEach(l -> lines.add("    " + l.replace('|', ' ')));
        } else {
            lines.add("  sacct: no accounting here (the site keeps none, or it is off); the logs are in "
                    + sweep.folder.logs());
        }
        return lines;
    }
}
