package org.plsim.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.plsim.io.files.ResultFolder;
import picocli.CommandLine.Option;

/**
 * {@code --out}, {@code --results-dir} and {@code --quiet}: where a command that makes a result folder puts it
 * (each command's description says where under RESULTS_DIR), and whether it prints the folder alone. One
 * declaration and one message for an occupied folder, shared by {@code run}, {@code sweep}, {@code reproduce}
 * and {@code calibrate}; {@code rerun}, whose folder goes beside the original, shares the message.
 */
public final class OutputOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Exact result folder, instead of a new one under "
            + "RESULTS_DIR. Earlier results are never overwritten.")
    Path out;

    @Option(names = "--results-dir", paramLabel = "DIR", defaultValue = "results",
            description = "Folder holding the result folders (default: ${DEFAULT-VALUE}).")
    Path resultsDir;

    @Option(names = {"-q", "--quiet"}, description = "Print only the result folder: no progress, no summary.")
    boolean quiet;

    /** The exact folder asked for, or null for a new one under {@link #resultsDir()}. */
    public Path out() {
        return out;
    }

    public Path resultsDir() {
        return resultsDir;
    }

    public boolean quiet() {
        return quiet;
    }

    /** Why {@code --out} cannot take a new result: it exists and is not an empty folder; or empty. */
    public Optional<String> occupied() {
        return out == null ? Optional.empty() : occupied(out);
    }

    /** Why {@code target} cannot take a new result, as {@code --out}'s message; or empty. */
    public static Optional<String> occupied(Path target) {
        return ResultFolder.isFree(target) ? Optional.empty() : Optional.of("--out: found " + target + ", which "
                + "exists and is not an empty folder; allowed: a new or empty folder (earlier results are never "
                + "overwritten)");
    }
}
