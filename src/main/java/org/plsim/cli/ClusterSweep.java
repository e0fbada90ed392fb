package org.plsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.plsim.experiment.sweep.Shard;
import org.plsim.io.sweepfolder.SweepIdentity;
import org.plsim.io.sweepfolder.SweepMerge;
import org.plsim.io.sweepfolder.SweepRefusal;
import org.plsim.io.sweepfolder.SweepStatus;

/** A planned sweep's folder as the cluster commands see it: its shards under the planned split, and its jobs. */
final class ClusterSweep {
    final ClusterFolder folder;
    final ClusterFolder.Planned planned;

    private ClusterSweep(ClusterFolder folder, ClusterFolder.Planned planned) {
        this.folder = folder;
        this.planned = planned;
    }

    /** @throws IllegalArgumentException when {@code root} holds no plan */
    static ClusterSweep open(Path root) throws IOException {
        ClusterFolder folder = new ClusterFolder(root);
        if (!folder.planned()) {
            throw new IllegalArgumentException(root + ": no cluster plan (no cluster/plan.properties); allowed: a "
                    + "folder planned by "
                    + Launched.program() + " cluster plan FILE --out " + root);
        }
        return new ClusterSweep(folder, folder.readPlan());
    }

    /** The status with shards counted under the planned split; null when no task has started yet. */
    SweepStatus status() throws IOException, SweepRefusal {
        return Files.exists(folder.root().resolve(SweepIdentity.FILE))
                ? SweepMerge.status(folder.root(), planned.shards()) : null;
    }

    /** The planned shards whose runs are not all in (every shard before any has started). */
    List<Integer> missing(SweepStatus s) {
        if (s == null) {
            return IntStream.range(0, planned.shards()).boxed().toList();
        }
        return s.missingShards().stream().map(Shard::index).toList();
    }

    /** {@code 1,3,5-7}: shard indices as {@code --array} takes them, with the parallel limit. */
    String tasks(List<Integer> shards) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            int j = i;
            while (j + 1 < shards.size() && shards.get(j + 1) == shards.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? "" + shards.get(i) : shards.get(i) + "-" + shards.get(j));
            i = j;
        }
        return String.join(",", parts) + (planned.maxParallel() > 0 ? "%" + planned.maxParallel() : "");
    }

    /** The sbatch line that runs {@code shards}, to paste. */
    String sbatchLine(List<Integer> shards) {
        return "sbatch --array=" + tasks(shards) + " " + SweepStatus.quoted(folder.arrayScript().toString());
    }

    /**
     * The array tasks of this sweep's jobs that Slurm still has queued or running ({@code 12_3 PENDING}), which a
     * resubmission would run twice; none when nothing was submitted or squeue is not here.
     */
    List<String> arrayTasksQueued() throws IOException {
        List<String> ids = folder.jobs().stream().filter(j -> j.kind().equals("array")).map(ClusterFolder.Job::id)
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Slurm.Said said = Slurm.run(folder.root(), List.of("squeue", "-h", "-r", "-j", String.join(",", ids), "-o",
                "%i %T"));
        return said.exit() != 0 ? List.of() : said.out().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Submits the array tasks {@code shards} (null: as planned) and the merge after them; records both. */
    List<ClusterFolder.Job> submit(List<Integer> shards) throws IOException {
        List<String> options = shards == null ? List.of() : List.of("--array=" + tasks(shards));
        String array = Slurm.submit(folder.root(), options, folder.arrayScript());
        List<ClusterFolder.Job> jobs = new ArrayList<>();
        jobs.add(new ClusterFolder.Job("array", array, shards == null ? tasks(IntStream.range(0, planned.shards())
                .boxed().toList()) : tasks(shards)));
        try {
            String merge = Slurm.submit(folder.root(), List.of("--dependency=afterany:" + array), folder.mergeScript());
            jobs.add(new ClusterFolder.Job("merge", merge, ""));
        } finally {
            folder.record(jobs);
        }
        return jobs;
    }
}
