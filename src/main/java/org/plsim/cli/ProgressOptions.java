package org.plsim.cli;

import picocli.CommandLine.Option;

/** {@code --no-progress}, as the commands that show a progress bar on a terminal take it ({@code run}, {@code rerun}). */
public final class ProgressOptions {
    @Option(names = "--no-progress", description = "No progress display, even on a terminal.")
    boolean noProgress;

    /** Whether a progress display may be shown (it still is only on a terminal). */
    public boolean wanted() {
        return !noProgress;
    }
}
