package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.plsim.experiment.cluster.ClusterPlan;
import org.plsim.experiment.cluster.ClusterSettings;
import org.plsim.experiment.cluster.JobScripts;
import org.plsim.experiment.cluster.SweepSize;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.files.AtomicFile;
import org.plsim.io.input.HeapBudget;
import org.plsim.io.sweepfolder.SweepStatus;
import org.plsim.io.yaml.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plsim cluster plan FILE}: the array and merge job scripts of a sweep, in its folder, and why. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes the Slurm array and merge job scripts of a sweep into DIR/cluster/ (logs go to "
                + "DIR/cluster/logs/) and prints what each task asks for and why. Runs nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:planned", "1:could not write", "2:bad input or settings, or the folder's jobs were "
                + "already submitted (nothing written)"})
final class ClusterPlanCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Sweep file, e.g. scenarios/sweeps/component-mix.yaml.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "The sweep's folder (default: RESULTS_DIR/<sweep-id>); "
            + "on a folder every node sees.")
    Path out;

    @Option(names = "--results-dir", paramLabel = "DIR", defaultValue = "results",
            description = "Where the sweep's folder goes without --out (default: ${DEFAULT-VALUE}).")
    Path resultsDir;

    @Option(names = "--shards", paramLabel = "N", description = "Array tasks (default: chosen from the sweep's size).")
    int shards;

    @Option(names = "--cpus-per-task", paramLabel = "N", description = "CPUs a task (default: cpus_per_task in the "
            + "settings, else " + ClusterSettings.DEFAULT_CPUS + ").")
    int cpus;

    @Option(names = "--settings", paramLabel = "FILE", description = "The site's settings file (default: "
            + "$PLSIM_CLUSTER_SETTINGS, else ~/.config/plsim/cluster.conf when there).")
    Path settingsFile;

    @Spec
    CommandSpec command;

    private final Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        PrintWriter err = command.commandLine().getErr();
        if (shards < 0 || cpus < 0) {
            err.println(shards < 0 ? "--shards: found " + shards + ", allowed: a whole number of tasks of at least 1"
                    : "--cpus-per-task: found " + cpus + ", allowed: 1 to 1024 CPUs");
            return 2;
        }
        ClusterSettings site;
        SweepPlan plan;
        try {
            site = ClusterSettingsFile.read(settingsFile, environment);
            site = cpus > 0 ? site.withCpus(cpus) : site;
            plan = SweepSource.files().load(file);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (ScenarioException e) {
            e.problems().forEach(err::println);
            return 2;
        }
        if (plan.replicates().isAdaptive()) {
            err.println(file + ": replicates: found adaptive, allowed on a cluster: a fixed count (adaptive "
                    + "replicates decide each round from every point's runs, so they run on one machine)");
            return 2;
        }
        SweepSize size = SweepSize.of(plan, HeapBudget.BASE_BYTES, HeapBudget.BYTES_PER_STUDENT);
        if (shards > size.runs()) {
            err.println("--shards: found " + shards + ", allowed: 1 to " + size.runs() + " (the sweep's paired runs)");
            return 2;
        }
        String plsim = site.plsim() != null ? site.plsim() : Launched.launcher() == null ? null
                : SweepStatus.quoted(Launched.launcher());
        if (plsim == null) {
            err.println("plsim cluster plan: which command starts PLSim in a job? This PLSim was not started by its "
                    + "launcher; allowed: ./plsim cluster plan …, or plsim = COMMAND in the settings file");
            return 2;
        }
        ClusterFolder folder = new ClusterFolder(out != null ? out : resultsDir.resolve(plan.sweepId()));
        try {
            if (!folder.jobs().isEmpty()) {
                err.println(folder.jobsFile() + ": this sweep's jobs were already submitted; allowed: "
                        + Launched.cluster("resubmit", folder.root()) + ", or --out for a new folder");
                return 2;
            }
            ClusterPlan chosen = ClusterPlan.of(size, site, shards);
            JobScripts scripts = new JobScripts(chosen, site, plsim,
                    SweepStatus.quoted(file.toAbsolutePath().normalize().toString()),
                    SweepStatus.quoted(folder.root().toString()), folder.logs().toString(), "plsim-" + plan.sweepId());
            Files.createDirectories(folder.logs());
            AtomicFile.writeString(folder.arrayScript(), scripts.array());
            AtomicFile.writeString(folder.mergeScript(), scripts.merge());
            folder.writePlan(new ClusterFolder.Planned(chosen.shards(), file.toAbsolutePath().normalize().toString(),
                    site.maxParallel()));
            PrintWriter o = command.commandLine().getOut();
            o.println("sweep " + plan.sweepId() + " planned for Slurm in " + folder.dir() + ":");
            chosen.reasons().forEach(r -> o.println("  " + r));
            o.println("  array: " + folder.arrayScript());
            o.println("  merge: " + folder.mergeScript() + " (after the array, whatever its tasks do)");
            o.println("settings: " + ClusterSettingsFile.describe(settingsFile, environment));
            o.println("next: " + Launched.cluster("submit", folder.root()));
            o.flush();
            return 0;
        } catch (IOException e) {
            err.println("plsim cluster plan: could not write " + folder.dir() + ": " + e);
            return 1;
        }
    }
}
