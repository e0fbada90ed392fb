package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plsim cluster submit DIR}: the planned array, then the merge after it; job ids kept in the folder. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Submits a planned sweep: sbatch --parsable for the array, then the merge with "
                + "--dependency=afterany:<array job>, so it runs whatever the tasks do and says what is missing. "
                + "Records both job ids in DIR/cluster/jobs.tsv.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:submitted", "1:sbatch failed", "2:not a planned folder, or already submitted"})
final class ClusterSubmitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The sweep's folder, as planned.")
    Path root;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter err = command.commandLine().getErr();
        ClusterSweep sweep;
        try {
            sweep = ClusterSweep.open(root);
            if (!sweep.folder.jobs().isEmpty()) {
                err.println(sweep.folder.jobsFile() + ": already submitted (jobs " + String.join(", ",
                        sweep.folder.jobs().stream().map(ClusterFolder.Job::id).toList()) + "); allowed: "
                        + Launched.cluster("status", root) + ", or "
                        + Launched.cluster("resubmit", root));
                return 2;
            }
        } catch (IllegalArgumentException | IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            List<ClusterFolder.Job> jobs = sweep.submit(null);
            PrintWriter out = command.commandLine().getOut();
            out.println(ClusterResubmitCommand.said(jobs, sweep));
            out.flush();
            return 0;
        } catch (IOException e) {
            err.println("plsim cluster submit: " + e.getMessage());
            return 1;
        }
    }
}
