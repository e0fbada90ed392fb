package org.plsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.plsim.Version;
import org.plsim.io.manifest.FolderComparison;
import org.plsim.io.manifest.Manifest;
import org.plsim.io.files.ResultFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plsim rerun MANIFEST}: re-makes a result folder from its {@code manifest.json} alone into a new folder
 * and compares every file with the original's by SHA-256. The manifest's {@code kind} picks how it is re-made
 * (a {@link RerunKind} listed in {@link RerunKinds}); this command does the rest: bad input, the new folder,
 * the comparison and the verdict ({@link RerunVerdict}).
 */
@Command(name = "rerun", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-makes a result folder exactly from its manifest.json, into a new folder, and compares every "
                + "file with the original's by SHA-256: every CSV must be byte-identical; charts, report.html and "
                + "JSON files are compared but only reported (the text in charts depends on the machine's fonts).",
            "A run folder (plsim run) is re-run from the resolved scenario, root seed, replicates and evidence mode "
                + "its manifest records. A sweep folder (plsim sweep, or plsim merge of its shards) is re-run from "
                + "the resolved sweep it records (base scenario, design, seed, replicates, outputs), checked against "
                + "its fingerprint, then merged and analysed; a sharded sweep is re-run unsharded (sharding "
                + "changes no table)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every CSV is byte-identical", "1:a CSV differs (each is named), or the rerun failed",
                "2:bad input: no such manifest, a manifest of an unknown kind, or an original folder missing a CSV; "
                        + "nothing is run"})
public final class RerunCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "A result folder's manifest.json, or the folder: "
            + "e.g. results/quickstart/<run-id>/manifest.json, results/component-mix.")
    Path manifest;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the rerun (default: the original "
            + "folder's name with -rerun-<UTC time>, beside it). It must not exist or be empty.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Runs at once (default: the processors, "
            + "${DEFAULT-VALUE}). Results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-progress", description = "No progress display, even on a terminal.")
    boolean noProgress;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = command.commandLine().getErr();
        Path file = Files.isDirectory(manifest) ? manifest.resolve(Manifest.FILE) : manifest;
        String allowed = "allowed: the manifest.json of a folder made by " + RerunKinds.commands() + " (kind: "
                + RerunKinds.names() + ")";
        if (!Files.isRegularFile(file)) {
            return bad(file + ": no such file; " + allowed);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            return bad(file + ": cannot be read as JSON (" + e.getMessage().lines().findFirst().orElse("") + "); "
                    + allowed);
        }
        if (root == null || !root.isObject()) {
            return bad(file + ": found no JSON object; " + allowed);
        }
        Optional<RerunKind> kind = RerunKinds.of(root);
        if (kind.isEmpty()) {
            return bad(file + (root.has("kind") ? ": kind: found " + shown(root.get("kind")) + ", allowed: "
                    + RerunKinds.names()
                    : ": found no kind, and not the fields of a run's or a sweep's manifest; " + allowed));
        }
        if (!root.path("files").isArray()) {
            return bad(file + ": files: missing, allowed: the list of the folder's files with their SHA-256");
        }
        Path original = file.toAbsolutePath().getParent();
        for (String name : FolderComparison.recorded(root.get("files")).keySet()) {
            if (kind.get().mustMatch(name) && !Files.isRegularFile(original.resolve(name))) {
                return bad(original.resolve(name) + ": missing, allowed: the original folder with every file its "
                        + "manifest lists (" + file + ")");
            }
        }
        if (threads < 1) {
            return bad("--threads: found " + threads + ", allowed: a whole number of at least 1");
        }
        Path target = out != null ? out : original.resolveSibling(original.getFileName() + "-rerun-"
                + STAMP.format(Instant.now()));
        if (!ResultFolder.isFree(target)) {
            return bad("--out: found " + target + ", which exists and is not an empty folder; allowed: a new or empty "
                    + "folder");
        }
        versions(root, command.commandLine().getOut());
        int code = kind.get().rerun(new RerunRequest(command, file, root, original, target, threads, !noProgress));
        if (code != 0) {
            err.println("plsim rerun: the " + kind.get().name() + " was not re-made (exit " + code + "); nothing "
                    + "was compared");
            return code == 2 ? 2 : 1;
        }
        return new RerunVerdict(kind.get(), original, target)
                .print(FolderComparison.of(root.get("files"), original, target), command.commandLine().getOut());
    }

    private int bad(String message) {
        PrintWriter err = command.commandLine().getErr();
        err.println(message);
        err.flush();
        return 2;
    }

    private static String shown(JsonNode value) {
        return value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    }

    /** Says so when other PLSim or model versions made the original: its tables may then differ. */
    private static void versions(JsonNode root, PrintWriter out) {
        Map<String, String> was = Map.of("plsim", root.path("plsim_version").asText("?"),
                "model", root.path("model_version").asText("?"));
        if (!was.get("plsim").equals(Version.PLSIM) || !was.get("model").equals(Version.MODEL)) {
            out.println("note: PLSim " + was.get("plsim") + " (model " + was.get("model") + ") made the original; this "
                    + "is PLSim " + Version.PLSIM + " (model " + Version.MODEL + "): its tables may differ");
        }
    }
}
