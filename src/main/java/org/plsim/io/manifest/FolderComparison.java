package org.plsim.io.manifest;

import org.plsim.io.files.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A re-made result folder beside its original, file by file, by SHA-256: each file the original's manifest
 * lists is held against three hashes — the manifest's record, the original file as it is now, the rerun's —
 * so a difference says which side moved: the rerun (not reproduced), the original (changed after it was
 * written), or the record. Files of the rerun the manifest does not list are differences too.
 *
 * <pre>{@code
 * FolderComparison c = FolderComparison.of(manifest.get("files"), original, rerun);
 * c.files().stream().filter(f -> !f.identical()).forEach(f -> System.out.println(f.name() + ": " + f.says()));
 * }</pre>
 *
 * @param files every file compared: the listed ones in the manifest's order, then those only in the rerun
 */
public record FolderComparison(List<FileVerdict> files) {
    /** How one file compares. */
    public enum Verdict {
        IDENTICAL("byte-identical"),
        RERUN_DIFFERS("the rerun differs from the original"),
        ORIGINAL_CHANGED("the original was changed after its manifest was written (the rerun matches the manifest)"),
        ORIGINAL_AND_RERUN_DIFFER("the rerun differs from the original, and the original from its manifest"),
        RECORD_DIFFERS("the manifest's SHA-256 matches neither the original nor the rerun (the manifest was edited?)"),
        MISSING_FROM_RERUN("the rerun did not write it"),
        MISSING_FROM_ORIGINAL("missing from the original folder"),
        ONLY_IN_RERUN("written by the rerun, but not in the original's manifest");

        private final String says;

        Verdict(String says) {
            this.says = says;
        }
    }

    /** One file, by its name relative to the folder. */
    public record FileVerdict(String name, Verdict verdict) {
        public boolean identical() {
            return verdict == Verdict.IDENTICAL;
        }

        /** What differs, in words. */
        public String says() {
            return verdict.says;
        }
    }

    public FolderComparison {
        files = List.copyOf(files);
    }

    /**
     * Compares {@code rerun} with {@code original} over the manifest's {@code files} list (objects with
     * {@code name} and {@code sha256}), plus the files at the top of {@code rerun} it does not list (hidden
     * files and the manifest itself aside).
     */
    public static FolderComparison of(JsonNode listed, Path original, Path rerun) throws IOException {
        Map<String, String> recorded = recorded(listed);
        List<FileVerdict> out = new ArrayList<>();
        for (Map.Entry<String, String> e : recorded.entrySet()) {
            out.add(new FileVerdict(e.getKey(), verdict(e.getValue(), sha(original.resolve(e.getKey())),
                    sha(rerun.resolve(e.getKey())))));
        }
        try (Stream<Path> made = Files.list(rerun)) {
            made.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted()
                    .filter(n -> !n.startsWith(".") && !n.equals(Manifest.FILE) && !recorded.containsKey(n))
                    .forEach(n -> out.add(new FileVerdict(n, Verdict.ONLY_IN_RERUN)));
        }
        return new FolderComparison(out);
    }

    /** The manifest's files, name → recorded SHA-256, in its order. */
    public static Map<String, String> recorded(JsonNode listed) {
        Map<String, String> m = new LinkedHashMap<>();
        if (listed != null) {
            for (JsonNode f : listed) {
                m.put(f.path("name").asText(), f.path("sha256").asText());
            }
        }
        return m;
    }

    private static Verdict verdict(String record, String original, String rerun) {
        if (original == null) {
            return Verdict.MISSING_FROM_ORIGINAL;
        }
        if (rerun == null) {
            return Verdict.MISSING_FROM_RERUN;
        }
        if (original.equals(rerun)) {
            return original.equals(record) ? Verdict.IDENTICAL : Verdict.RECORD_DIFFERS;
        }
        if (rerun.equals(record)) {
            return Verdict.ORIGINAL_CHANGED;
        }
        return Objects.equals(original, record) ? Verdict.RERUN_DIFFERS : Verdict.ORIGINAL_AND_RERUN_DIFFER;
    }

    private static String sha(Path file) throws IOException {
        return Files.isRegularFile(file) ? Sha256.ofFile(file) : null;
    }
}
