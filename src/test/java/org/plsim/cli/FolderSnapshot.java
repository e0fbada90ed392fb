package org.plsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.plsim.io.files.Sha256;

/**
 * Every file and folder under a root, each file with the SHA-256 of its bytes: two snapshots are equal when
 * nothing was added, removed or changed, and the failure message lists the paths.
 */
record FolderSnapshot(Map<String, String> entries) {
    static FolderSnapshot of(Path root) throws IOException {
        if (!Files.exists(root)) {
            return new FolderSnapshot(Map.of());
        }
        try (Stream<Path> all = Files.walk(root)) {
            return new FolderSnapshot(all.collect(Collectors.toMap(p -> root.relativize(p).toString(),
                    FolderSnapshot::digest, (a, b) -> a, TreeMap::new)));
        }
    }

    private static String digest(Path path) {
        try {
            return Files.isDirectory(path) ? "folder" : Sha256.ofFile(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return entries.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("\n", "\n", ""));
    }
}
