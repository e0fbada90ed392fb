package org.plsim.io.sweepfolder;

import org.plsim.io.csv.RunsCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.plsim.experiment.sweep.Shard;

/**
 * The layout of a sweep's result folder: the merged files at the top, each shard's work in {@code shards/}
 * (its part file of finished runs and its sidecar), and {@code sweep.json}, which ties the folder to one sweep.
 */
public record SweepFolder(Path root) {
    /** What the sweep folder's files are called: {@code runs-2-of-8.csv} (complete) or {@code .csv.part}. */
    /** The folder {@code plsim cluster} keeps its job scripts, job ids and logs in; shards leave it alone. */
    public static final String CLUSTER = "cluster";
    private static final Pattern PART = Pattern.compile("runs-(\\d+)-of-(\\d+)\\.csv(\\.part)?");
    private static final Pattern SIDECAR = Pattern.compile("shard-(\\d+)-of-(\\d+)\\.json");
    private static final Pattern LOCK = Pattern.compile("shard-(\\d+)-of-(\\d+)\\.lock");

    public Path shards() {
        return root.resolve("shards");
    }

    public Path sweepJson() {
        return root.resolve(SweepIdentity.FILE);
    }

    public Path replicatesJson() {
        return root.resolve(ReplicateCounts.FILE);
    }

    public Path runsCsv() {
        return root.resolve(RunsCsv.FILE);
    }

    public Path designCsv() {
        return root.resolve(DesignCsv.FILE);
    }

    /** The shard's part file while it runs. */
    public Path part(Shard shard) {
        return shards().resolve("runs-" + shard.fileStem() + ".csv.part");
    }

    /** The shard's part file once every one of its runs is in it. */
    public Path completed(Shard shard) {
        return shards().resolve("runs-" + shard.fileStem() + ".csv");
    }

    public Path sidecar(Shard shard) {
        return shards().resolve("shard-" + shard.fileStem() + ".json");
    }

    /** The lock file of the process running the shard ({@link FolderLock}). */
    public Path lock(Shard shard) {
        return shards().resolve("shard-" + shard.fileStem() + ".lock");
    }

    /** The lock file a merge holds alone and every shard's process shares ({@link FolderLock}). */
    public Path mergeLock() {
        return shards().resolve("merge.lock");
    }

    /**
     * Whether a sweep may use this folder: absent, empty, holding {@code sweep.json}, or holding only what
     * a shard starting at this very moment puts there first ({@code shards/}, a hidden temporary file).
     */
    public boolean isSweepOrFree() throws IOException {
        if (!Files.exists(root)) {
            return true; // (asked before isDirectory: another shard may create the folder between the two)
        }
        if (!Files.isDirectory(root)) {
            return false;
        }
        if (Files.exists(sweepJson())) {
            return true;
        }
        String identity = sweepJson().getFileName().toString();
        try (Stream<Path> entries = Files.list(root)) { // sweep.json may be renamed into place while we look
            return entries.map(p -> p.getFileName().toString())
                    .allMatch(n -> n.equals(identity) || n.equals("shards") || n.equals(CLUSTER) || n.startsWith("."));
        }
    }

    /** Whether the folder is absent or empty but for the lock files of {@code shards/} (a sweep about to start). */
    public boolean isFreeButLocks() throws IOException {
        if (!Files.exists(root)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(root)) {
            if (!entries.allMatch(p -> p.equals(shards()) || p.equals(root.resolve(CLUSTER)))) {
                return false;
            }
        }
        if (!Files.isDirectory(shards())) {
            return true;
        }
        try (Stream<Path> entries = Files.list(shards())) {
            return entries.allMatch(p -> p.getFileName().toString().endsWith(".lock"));
        }
    }

    /** Every part file in {@code shards/}, complete or not, sorted by name. */
    public List<Path> parts() throws IOException {
        return matching(PART);
    }

    /** Every sidecar in {@code shards/}, sorted by name. */
    public List<Path> sidecars() throws IOException {
        return matching(SIDECAR);
    }

    /** Every shard's lock file in {@code shards/}, sorted by name. */
    List<Path> locks() throws IOException {
        return matching(LOCK);
    }

    /** The shard a part file, sidecar or lock file belongs to, from its name. */
    static Shard shardOf(Path file) {
        String name = file.getFileName().toString();
        for (Pattern p : List.of(PART, SIDECAR, LOCK)) {
            Matcher m = p.matcher(name);
            if (m.matches()) {
                return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        throw new IllegalArgumentException("not a shard file: " + file);
    }

    private List<Path> matching(Pattern pattern) throws IOException {
        if (!Files.isDirectory(shards())) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(shards())) {
            files.filter(f -> pattern.matcher(f.getFileName().toString()).matches()).sorted().forEach(out::add);
        }
        return out;
    }
}
