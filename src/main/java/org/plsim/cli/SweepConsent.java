package org.plsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.plsim.experiment.sweep.SweepEstimate;

/**
 * Whether {@code plsim sweep} may start a sweep of more than {@value #THRESHOLD} arm runs (the shipped sweeps
 * have at most 720): with {@code --yes}; at a terminal, when the user answers y to a y/N question; never
 * unattended (no console, or {@code CI} set), where the command stops with exit 2 asking for {@code --yes}.
 */
final class SweepConsent {
    /** Arm runs above which a sweep asks first. */
    static final long THRESHOLD = 100_000;

    private final boolean yes;
    private final boolean interactive;
    private final Supplier<String> reply;

    /**
     * @param reply the user's answer, one line (null at end of input); asked only when interactive
     */
    SweepConsent(boolean yes, boolean interactive, Supplier<String> reply) {
        this.yes = yes;
        this.interactive = interactive;
        this.reply = reply;
    }

    /** At a terminal (a console, and not under CI), answers read from it. */
    static SweepConsent of(boolean yes, Map<String, String> environment) {
        boolean ci = environment.getOrDefault("CI", "").length() > 0;
        boolean console = System.console() != null;
        return new SweepConsent(yes, console && !ci, () -> System.console() == null ? null
                : System.console().readLine());
    }

    /** True to go on; false after saying why not on {@code err} (the command then exits 2). */
    boolean allows(SweepEstimate estimate, String file, PrintWriter err) {
        if (yes || estimate.armRuns() <= THRESHOLD) {
            return true;
        }
        String size = String.format(Locale.ROOT, "%,d arm runs, more than %,d", estimate.armRuns(), THRESHOLD);
        if (!interactive) {
            err.println(file + ": this sweep is large (" + size + "; " + estimate.describe() + "). Nothing was run: "
                    + "add --yes to run it unattended, or make it smaller (fewer points or replicates)");
            err.flush();
            return false;
        }
        err.print("This sweep is large (" + size + "). Run it? [y/N] ");
        err.flush();
        String answer = reply.get();
        if (answer != null && answer.trim().toLowerCase(Locale.ROOT).matches("y|yes")) {
            return true;
        }
        err.println("Nothing was run (add --yes to skip this question).");
        err.flush();
        return false;
    }
}
