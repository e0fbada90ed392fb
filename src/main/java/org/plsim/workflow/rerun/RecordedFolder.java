package org.plsim.workflow.rerun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.plsim.Version;
import org.plsim.io.manifest.FolderComparison;
import org.plsim.io.manifest.Manifest;
import org.plsim.workflow.ResultPaths;
import org.plsim.workflow.Transcript;

/**
 * A result folder as its {@code manifest.json} records it, read for {@code plsim rerun}: of a kind that can be
 * re-made, with every file that must match still in the original. Re-makes it into a new folder and compares.
 *
 * @param manifestFile the manifest, as given
 * @param manifest     its content
 * @param kind         the kind of folder, which knows how to re-make it
 * @param original     the original folder (absolute)
 */
public record RecordedFolder(Path manifestFile, JsonNode manifest, RerunKind kind, Path original) {
    /**
     * Far above any manifest plsim writes (a run's is ~55 KB, a cohort sweep's a few hundred KB): a wrong argument
     * is refused before it is read. The YAML a manifest records meets the inputs' 1 MiB limit when re-read.
     */
    public static final long MAX_MANIFEST_BYTES = 64L << 20;

    /** The folder's manifest, read and checked; {@code manifest} may name the folder itself. */
    public static RecordedFolder read(Path manifest) throws Refusal {
        Path file = Files.isDirectory(manifest) ? manifest.resolve(Manifest.FILE) : manifest;
        String allowed = "allowed: the manifest.json of a folder made by " + RerunKinds.commands() + " (kind: "
                + RerunKinds.names() + ")";
        if (!Files.isRegularFile(file)) {
            throw new Refusal(file + ": no such file; " + allowed);
        }
        JsonNode root;
        try {
            long size = Files.size(file);
            if (size > MAX_MANIFEST_BYTES) {
                throw new Refusal(String.format(java.util.Locale.ROOT, "%s: found a file of %,d bytes, allowed: at "
                        + "most %,d bytes (64 MiB; a manifest of plsim's is tens of KB), so it was not read; %s",
                        file, size, MAX_MANIFEST_BYTES, allowed));
            }
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new Refusal(file + ": cannot be read as JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "); " + allowed);
        }
        if (root == null || !root.isObject()) {
            throw new Refusal(file + ": found no JSON object; " + allowed);
        }
        Optional<RerunKind> kind = RerunKinds.of(root);
        if (kind.isEmpty()) {
            throw new Refusal(file + (root.has("kind") ? ": kind: found " + shown(root.get("kind")) + ", allowed: "
                    + RerunKinds.names()
                    : ": found no kind, and not the fields of a run's or a sweep's manifest; " + allowed));
        }
        if (!root.path("files").isArray()) {
            throw new Refusal(file + ": files: missing, allowed: the list of the folder's files with their SHA-256");
        }
        Path original = file.toAbsolutePath().getParent();
        for (String name : FolderComparison.recorded(root.get("files")).keySet()) {
            if (kind.get().mustMatch(name) && !Files.isRegularFile(original.resolve(name))) {
                throw new Refusal(original.resolve(name) + ": missing, allowed: the original folder with every file "
                        + "its manifest lists (" + file + ")");
            }
        }
        return new RecordedFolder(file, root, kind.get(), original);
    }

    /** {@code out}, or beside the original: its name with {@code -rerun-<UTC time>}. */
    public Path target(Path out, Instant now) {
        return out != null ? out : original.resolveSibling(original.getFileName() + "-rerun-"
                + ResultPaths.RUN_TIME.format(now));
    }

    /** Says so when other PLSim or model versions made the original: its tables may then differ. */
    public Optional<String> versionNote() {
        Map<String, String> was = Map.of("plsim", manifest.path("plsim_version").asText("?"),
                "model", manifest.path("model_version").asText("?"));
        if (was.get("plsim").equals(Version.PLSIM) && was.get("model").equals(Version.MODEL)) {
            return Optional.empty();
        }
        return Optional.of("note: PLSim " + was.get("plsim") + " (model " + was.get("model") + ") made the original; "
                + "this is PLSim " + Version.PLSIM + " (model " + Version.MODEL + "): its tables may differ");
    }

    /** Re-makes the folder in {@code target} (absent or empty); the exit code, as {@link RerunKind#rerun}. */
    public int rerun(Path target, int threads, boolean progress, Transcript transcript, Commands commands)
            throws IOException {
        return kind.rerun(new RerunRequest(manifestFile, manifest, original, target, threads, progress, transcript,
                commands));
    }

    /** Every file the manifest lists, compared with the re-made one in {@code target}. */
    public RerunVerdict compare(Path target) throws IOException {
        return RerunVerdict.of(kind, original, target, FolderComparison.of(manifest.get("files"), original, target));
    }

    private static String shown(JsonNode value) {
        return value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    }

    /** Why the folder cannot be re-made: the message names the file, what was found and what is allowed. */
    public static final class Refusal extends Exception {
        public Refusal(String message) {
            super(message);
        }
    }
}
