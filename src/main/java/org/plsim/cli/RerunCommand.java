package org.plsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.plsim.workflow.Transcript;
import org.plsim.workflow.rerun.RecordedFolder;
import org.plsim.workflow.rerun.RerunVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plsim rerun MANIFEST}: re-makes a result folder from its {@code manifest.json} alone into a new folder
 * and compares every file with the original's by SHA-256. The manifest's {@code kind} picks how it is re-made
 * (a {@link org.plsim.workflow.rerun.RerunKind}); {@link RecordedFolder} reads and checks the manifest,
 * re-makes the folder and compares it; this command parses, prints and picks the exit code.
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
                "2:bad input: no such manifest, a manifest of an unknown kind, a run manifest whose seeds, replicates, "
                        + "scenario hash, evidence values, costs or guard rails are not what its scenario makes (the "
                        + "field is named), or an original folder missing a CSV; nothing is compared"})
public final class RerunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MANIFEST", description = "A result folder's manifest.json, or the folder: "
            + "e.g. results/quickstart/<run-id>/manifest.json, results/component-mix.")
    Path manifest;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the rerun (default: the original "
            + "folder's name with -rerun-<UTC time>, beside it). It must not exist or be empty.")
    Path out;

    @Mixin
    ThreadOptions threads;

    @Mixin
    ProgressOptions showProgress;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = command.commandLine().getErr();
        PrintWriter stdout = command.commandLine().getOut();
        RecordedFolder recorded;
        try {
            recorded = RecordedFolder.read(manifest);
        } catch (RecordedFolder.Refusal e) {
            return bad(e.getMessage());
        }
        if (threads.problem().isPresent()) {
            return bad(threads.problem().get());
        }
        Path target = recorded.target(out, Instant.now());
        if (OutputOptions.refusal(target, "--out").isPresent()) {
            return bad(OutputOptions.refusal(target, "--out").get());
        }
        recorded.versionNote().ifPresent(stdout::println);
        Transcript transcript = new Transcript() {
            @Override
            public void say(String line) {
                stdout.println(line);
                stdout.flush();
            }

            @Override
            public void problem(String line) {
                err.println(line);
                err.flush();
            }
        };
        int code = recorded.rerun(target, threads.threads(), showProgress.wanted(), transcript, new InProcessCommands(command));
        if (code != 0) {
            err.println("plsim rerun: " + (code == 2 ? "the manifest was refused" : "the " + recorded.kind().name()
                    + " was not re-made") + " (exit " + code + "); nothing was compared");
            return code == 2 ? 2 : 1;
        }
        RerunVerdict verdict = recorded.compare(target);
        verdict.lines().forEach(stdout::println);
        stdout.flush();
        return verdict.code();
    }

    private int bad(String message) {
        PrintWriter err = command.commandLine().getErr();
        err.println(message);
        err.flush();
        return 2;
    }
}
