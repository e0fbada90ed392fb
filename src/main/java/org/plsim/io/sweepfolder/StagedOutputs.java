package org.plsim.io.sweepfolder;

import org.plsim.io.files.AtomicFile;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.csv.RunsCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The analysis of a merged sweep, written beside the runs without ever showing a half-written file: it is
 * written into a hidden staging folder inside the result (which holds links to the merged files it reads),
 * then each new file (or folder) is renamed into place atomically. If it fails, the staging folder goes and
 * the result keeps its earlier files.
 */
public final class StagedOutputs {
    /** What the runner itself keeps in a sweep folder; the staging folder links to these, never replaces them. */
    static final Set<String> RUNNER_FILES = Set.of(RunsCsv.FILE, DesignCsv.FILE, SweepIdentity.FILE,
            ReplicateCounts.FILE);

    /** Writes the files of an analysis into the staging folder it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path staging) throws IOException;
    }

    private StagedOutputs() {
    }

    /**
     * Runs {@code writer} in a staging folder holding the merged files, then renames every file it wrote into
     * {@code root} (replacing those of an earlier analysis); returns the names moved, sorted.
     */
    public static List<String> write(Path root, Writer writer) throws IOException {
        Path staging = Files.createDirectory(root.resolve(".analysis-" + UUID.randomUUID()));
        try {
            for (String name : RUNNER_FILES) {
                if (Files.exists(root.resolve(name))) {
                    link(root.resolve(name), staging.resolve(name));
                }
            }
            writer.writeTo(staging);
            List<String> moved = new ArrayList<>();
            try (Stream<Path> files = Files.list(staging)) {
                for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                    String name = f.getFileName().toString();
                    if (RUNNER_FILES.contains(name) || name.startsWith(".")) {
                        continue;
                    }
                    Path target = root.resolve(name);
                    if (Files.isDirectory(f) && Files.exists(target)) { // a folder cannot be renamed over another
                        Files.move(target, staging.resolve(".replaced-" + name));
                    }
                    AtomicFile.rename(f, target);
                    moved.add(name);
                }
            }
            return moved;
        } finally {
            delete(staging);
        }
    }

    /** A hard link where the file system allows it (no copy of a large runs.csv), else a copy. */
    private static void link(Path existing, Path link) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(existing, link);
        }
    }

    private static void delete(Path dir) throws IOException {
        ResultFolder.deleteTree(dir);
    }
}
