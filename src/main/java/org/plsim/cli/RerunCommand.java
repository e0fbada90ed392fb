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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.plsim.io.Manifest;
import org.plsim.io.ResultFolder;
import org.plsim.io.ScenarioFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plsim rerun MANIFEST}: runs a result folder's resolved scenario again (the scenario recorded in its
 * manifest, with its seed, replicates and evidence mode) into a new folder and compares every table with the
 * original's by SHA-256.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-runs a finished run exactly from its manifest.json (the resolved scenario, root seed, "
                + "replicates and evidence mode it records) into a new folder, then compares every CSV with the "
                + "original's by SHA-256 and says whether they are byte-identical. Charts are compared too but "
                + "only reported: their text depends on the machine's fonts."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every CSV is byte-identical", "1:a CSV differs, or the rerun failed",
                "2:bad input: no such manifest, or not a run's manifest"})
public final class RerunCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "A run's manifest.json, e.g. "
            + "results/quickstart/20261123-163445-seed20120101/manifest.json.")
    Path manifest;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the rerun (default: the original "
            + "folder's name with -rerun-<UTC time>, beside it). It must not exist or be empty.")
    Path out;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = command.commandLine().getErr();
        PrintWriter stdout = command.commandLine().getOut();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(manifest.toFile());
        } catch (IOException e) {
            err.println(manifest + ": cannot be read as a manifest: " + e.getMessage());
            return 2;
        }
        if (root == null || !root.has("scenario") || !root.has("files")) {
            err.println(manifest + ": found no scenario and files, allowed: the manifest.json of a plsim run folder");
            return 2;
        }
        Path original = manifest.toAbsolutePath().getParent();
        Path target = out != null ? out : original.resolveSibling(original.getFileName() + "-rerun-"
                + STAMP.format(Instant.now()));
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = new ObjectMapper().convertValue(root.get("scenario"), Map.class);
        Path work = Files.createTempDirectory("plsim-rerun");
        try {
            Path scenario = Files.writeString(work.resolve(root.get("scenario_id").asText() + ".yaml"),
                    ScenarioFormat.yaml(tree));
            int code = Main.execute("run", scenario.toString(), "--out", target.toString(), "--quiet",
                    "--no-progress");
            if (code != 0) {
                err.println("plsim rerun: the run failed (exit " + code + ")");
                return 1;
            }
        } finally {
            ResultFolder.deleteTree(work);
        }
        return compare(root, original, target, stdout);
    }

    /** Compares the files the original manifest lists: CSVs must match, charts are reported. */
    private static int compare(JsonNode root, Path original, Path rerun, PrintWriter out) throws IOException {
        List<String> differ = new ArrayList<>();
        int same = 0;
        for (JsonNode f : root.get("files")) {
            String name = f.get("name").asText();
            Path again = rerun.resolve(name);
            boolean equal = Files.exists(again) && Manifest.sha256(again).equals(f.get("sha256").asText());
            if (name.endsWith(".csv")) {
                if (equal) {
                    same++;
                } else {
                    differ.add(name);
                }
            } else if (!equal) {
                out.println("note: " + name + " differs (charts depend on the machine's fonts)");
            }
        }
        out.println("Rerun in " + rerun);
        if (differ.isEmpty()) {
            out.println("byte-identical: all " + same + " CSV files match the original (" + original + ")");
            out.flush();
            return 0;
        }
        out.println("NOT identical: " + String.join(", ", differ) + " differ from the original (" + original + ")");
        out.flush();
        return 1;
    }
}
