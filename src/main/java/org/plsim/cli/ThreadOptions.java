package org.plsim.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --threads}, as every command that runs simulations takes it: one option, one default, one message,
 * so {@code run}, {@code sweep}, {@code reproduce}, {@code calibrate} and {@code rerun} cannot drift apart.
 */
public final class ThreadOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Arms run at once (default: the processors, "
            + "${DEFAULT-VALUE}). Results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    public int threads() {
        return threads;
    }

    /** What is wrong with the value given, in the project's {@code field: found …, allowed: …} form; or empty. */
    public Optional<String> problem() {
        return threads >= 1 ? Optional.empty()
                : Optional.of("--threads: found " + threads + ", allowed: a whole number of at least 1");
    }
}
