package org.plsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a {@link RerunKind} is given to re-make a folder: the original's manifest and folder, the new folder,
 * and {@code plsim rerun}'s options and output streams.
 *
 * @param command      the {@code rerun} command (its streams; its arguments, for provenance)
 * @param manifestFile the original's {@code manifest.json}, as given
 * @param manifest     its content
 * @param original     the original folder (absolute)
 * @param target       the folder to re-make it in: absent or empty
 * @param threads      runs at once (results do not depend on it)
 * @param progress     whether to show progress on stderr
 */
public record RerunRequest(CommandSpec command, Path manifestFile, JsonNode manifest, Path original, Path target,
                           int threads, boolean progress) {
    public PrintWriter out() {
        return command.commandLine().getOut();
    }

    public PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** Prints {@code <manifest>: <problem>} (name the field, what was found, what is allowed) and returns 2. */
    public int badManifest(String problem) {
        err().println(manifestFile + ": " + problem);
        err().flush();
        return 2;
    }

    /**
     * Runs {@code plsim args} in this JVM, e.g. {@code plsim("run", file, "--out", target)}: its errors and
     * progress on this command's stderr, its stdout dropped ({@code plsim rerun} prints the verdict).
     */
    public int plsim(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(Writer.nullWriter())).setErr(err()).execute(args);
    }
}
