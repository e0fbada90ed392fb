package org.plsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code plsim cluster plan|submit|resubmit|status}: a sweep on a Slurm cluster without a job script by hand. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Runs a sweep as a Slurm job array: plan writes the array and merge job scripts into the "
                + "sweep's folder (shards, CPUs, time and memory chosen from the sweep's size, and said why); submit "
                + "submits both, the merge after the array whatever its tasks do; resubmit submits only the missing "
                + "or damaged shards and a new merge; status says where the sweep stands, with Slurm's view.",
            "Site settings (module line, partition, account, limits) go once in a settings file: --settings, "
                + "$PLSIM_CLUSTER_SETTINGS or ~/.config/plsim/cluster.conf."},
        subcommands = {ClusterPlanCommand.class, ClusterSubmitCommand.class, ClusterResubmitCommand.class,
            ClusterStatusCommand.class})
public final class ClusterCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
