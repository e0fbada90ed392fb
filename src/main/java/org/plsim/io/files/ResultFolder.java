package org.plsim.io.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A result folder that appears whole or not at all. Files are written into a hidden staging folder beside
 * the target ({@code .<name>.partial-<random>}); {@link #commit()} renames it into place in one atomic
 * step, so a crash or a full disk never leaves a half-written result where readers look. Existing results
 * are never touched: an exact target must be absent or empty, and a named target in a parent folder takes
 * the first free name of {@code name}, {@code name-2}, {@code name-3} …
 *
 * <pre>{@code
 * try (ResultFolder folder = ResultFolder.named(Path.of("results/quickstart"), "20251123-101500-seed42")) {
 *     Files.writeString(folder.resolve("notes.txt"), "…");
 *     Path done = folder.commit();
 * } // not committed: the staging folder is deleted
 * }</pre>
 */
public final class ResultFolder implements AutoCloseable {
    private final Path parent;
    private final String name;
    private final boolean exact;
    private final Path staging;
    private Path committed;

    private ResultFolder(Path parent, String name, boolean exact) throws IOException {
        this.parent = parent;
        this.name = name;
        this.exact = exact;
        Files.createDirectories(parent);
        this.staging = Files.createDirectory(parent.resolve("." + name + ".partial-" + UUID.randomUUID()));
    }

    /** A folder committed exactly at {@code target}, which must be absent or an empty folder. */
    public static ResultFolder exactly(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (!isFree(abs)) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists and is not an empty folder");
        }
        return new ResultFolder(abs.getParent(), abs.getFileName().toString(), true);
    }

    /** A folder committed in {@code parent} as {@code name}, or {@code name-2}, {@code name-3} … if taken. */
    public static ResultFolder named(Path parent, String name) throws IOException {
        return new ResultFolder(parent.toAbsolutePath().normalize(), name, false);
    }

    /** Whether a result may be committed at {@code target}: nothing there, or an empty folder. */
    public static boolean isFree(Path target) {
        if (!Files.exists(target)) {
            return true;
        }
        if (!Files.isDirectory(target)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(target)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Where to write a file of the result before commit. */
    public Path resolve(String fileName) {
        return staging.resolve(fileName);
    }

    public Path staging() {
        return staging;
    }

    /** Moves the staging folder into place atomically and returns where the result now is. */
    public Path commit() throws IOException {
        for (int suffix = 1; committed == null; suffix++) {
            Path target = parent.resolve(suffix == 1 ? name : name + "-" + suffix);
            if (isFree(target) && moveInto(target)) {
                committed = target;
            } else if (exact) {
                throw new FileAlreadyExistsException(target.toString(), null, "is no longer empty");
            }
        }
        return committed;
    }

    /** False when another process took {@code target} since it was checked. */
    private boolean moveInto(Path target) throws IOException {
        try {
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty, as checked; renaming onto a folder is not portable
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
            return false;
        }
    }

    /** Deletes the staging folder unless the result was committed. */
    @Override
    public void close() throws IOException {
        if (committed != null || !Files.exists(staging)) {
            return;
        }
        deleteTree(staging);
    }

    /**
     * Copies a finished folder's file to {@code target}, replacing it atomically: a reader sees the old copy
     * or the new one, never half of either (for "latest" copies such as {@code results/studies/report.html}).
     */
    public static void publish(Path file, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFile.write(target, temp -> Files.copy(file, temp));
    }

    /** Deletes a folder and everything in it, deepest first (nothing when it does not exist). */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
