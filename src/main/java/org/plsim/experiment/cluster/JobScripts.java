package org.plsim.experiment.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two Slurm job scripts of a planned sweep: the array, one shard a task with the shard count written in
 * (a resubmitted subset, {@code sbatch --array=1,3}, sees an array count of 1), resuming what a requeued or
 * resubmitted task finished before; and the merge, submitted after the array with {@code afterany} so that it
 * always runs and says what is missing. Logs go to {@code cluster/logs/} in the sweep's folder.
 *
 * @param plan      what each task asks for
 * @param site      the site's settings (setup lines, partition, account, parallel limit)
 * @param plsim     the shell command that starts PLSim (quoted as needed)
 * @param sweepFile the sweep file, as an absolute path quoted for the shell
 * @param root      the sweep's folder, as an absolute path quoted for the shell
 * @param logs      the log folder, absolute, quoted for the shell
 * @param name      the jobs' name
 */
public record JobScripts(ClusterPlan plan, ClusterSettings site, String plsim, String sweepFile, String root,
                         String logs, String name) {
    public String array() {
        List<String> s = header(name, logs + "/shard-%a-job-%A.out");
        s.add(1, "# PLSim sweep array, written by plsim cluster plan; submit with plsim cluster submit " + root);
        s.add(String.format(Locale.ROOT, "#SBATCH --array=0-%d%s", plan.shards() - 1,
                site.maxParallel() > 0 ? "%" + site.maxParallel() : ""));
        s.add("#SBATCH --cpus-per-task=" + plan.cpusPerTask());
        s.add("#SBATCH --time=" + plan.time());
        s.add("#SBATCH --mem=" + plan.memoryMib() + "M");
        s.add("#SBATCH --requeue");
        body(s);
        s.add(String.format(Locale.ROOT, "export PLSIM_JAVA_OPTS=\"-Xmx%dm ${PLSIM_JAVA_OPTS:-}\"", plan.heapMib()));
        s.add(String.format(Locale.ROOT, "exec %s sweep %s --out %s --shard auto/%d --threads \"${SLURM_CPUS_PER_TASK:-%d}\""
                + " --resume --quiet", plsim, sweepFile, root, plan.shards(), plan.cpusPerTask()));
        return String.join("\n", s) + "\n";
    }

    public String merge() {
        List<String> s = header(name + "-merge", logs + "/merge-job-%j.out");
        s.add(1, "# PLSim sweep merge, written by plsim cluster plan; submitted after the array (afterany)");
        s.add("#SBATCH --cpus-per-task=1");
        s.add("#SBATCH --time=" + ClusterPlan.time(Math.max(10, plan.timeMinutes() / 3)));
        s.add("#SBATCH --mem=" + plan.memoryMib() + "M");
        body(s);
        s.add("exec " + plsim + " merge " + root);
        return String.join("\n", s) + "\n";
    }

    private List<String> header(String job, String output) {
        List<String> s = new ArrayList<>();
        s.add("#!/bin/bash");
        s.add("#SBATCH --job-name=" + job);
        s.add("#SBATCH --output=" + output);
        if (site.partition() != null) {
            s.add("#SBATCH --partition=" + site.partition());
        }
        if (site.account() != null) {
            s.add("#SBATCH --account=" + site.account());
        }
        return s;
    }

    private void body(List<String> s) {
        s.add("set -eo pipefail");
        if (!site.setup().isEmpty()) {
            s.add("# the site's setup (setup = … in the cluster settings)");
            s.addAll(site.setup());
        }
    }
}
