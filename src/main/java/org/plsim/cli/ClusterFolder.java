package org.plsim.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.plsim.io.files.AtomicFile;
import org.plsim.io.sweepfolder.SweepFolder;

/**
 * The {@code cluster/} folder inside a sweep's folder: the job scripts {@code plsim cluster plan} wrote, the plan's
 * shard count and sweep file ({@code plan.properties}), the jobs submitted ({@code jobs.tsv}: kind, job id, tasks)
 * and the jobs' logs.
 */
record ClusterFolder(Path root) {
    ClusterFolder {
        root = root.toAbsolutePath().normalize();
    }

    Path dir() {
        return root.resolve(SweepFolder.CLUSTER);
    }

    Path arrayScript() {
        return dir().resolve("array.sbatch");
    }

    Path mergeScript() {
        return dir().resolve("merge.sbatch");
    }

    Path logs() {
        return dir().resolve("logs");
    }

    Path planFile() {
        return dir().resolve("plan.properties");
    }

    Path jobsFile() {
        return dir().resolve("jobs.tsv");
    }

    boolean planned() {
        return Files.isRegularFile(planFile());
    }

    /** The planned shard count and sweep file. */
    record Planned(int shards, String sweepFile, int maxParallel) {
    }

    void writePlan(Planned p) throws IOException {
        Properties props = new Properties();
        props.setProperty("shards", Integer.toString(p.shards()));
        props.setProperty("sweep_file", p.sweepFile());
        props.setProperty("max_parallel", Integer.toString(p.maxParallel()));
        StringWriter text = new StringWriter();
        props.store(text, "written by plsim cluster plan; the shard count is also in array.sbatch");
        AtomicFile.writeString(planFile(), text.toString());
    }

    Planned readPlan() throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(Files.readString(planFile())));
        try {
            return new Planned(Integer.parseInt(props.getProperty("shards", "")), props.getProperty("sweep_file"),
                    Integer.parseInt(props.getProperty("max_parallel", "0")));
        } catch (NumberFormatException e) {
            throw new IOException(planFile() + ": shards: found '" + props.getProperty("shards") + "', allowed: "
                    + "the whole number plsim cluster plan wrote (plan again)");
        }
    }

    /** A submitted job: {@code array} or {@code merge}, its id, and the array tasks it runs (empty for a merge). */
    record Job(String kind, String id, String tasks) {
    }

    List<Job> jobs() throws IOException {
        List<Job> jobs = new ArrayList<>();
        if (Files.exists(jobsFile())) {
            for (String line : Files.readAllLines(jobsFile())) {
                String[] f = line.split("\t", -1);
                if (f.length == 3 && !line.startsWith("kind\t")) {
                    jobs.add(new Job(f[0], f[1], f[2]));
                }
            }
        }
        return jobs;
    }

    void record(List<Job> added) throws IOException {
        List<Job> all = new ArrayList<>(jobs());
        all.addAll(added);
        StringBuilder text = new StringBuilder("kind\tjob_id\ttasks\n");
        all.forEach(j -> text.append(j.kind()).append('\t').append(j.id()).append('\t').append(j.tasks()).append('\n'));
        AtomicFile.writeString(jobsFile(), text.toString());
    }
}
