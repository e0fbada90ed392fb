package org.plsim.cli;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --threads}, as every command that runs simulations takes it: one option, one default, one message,
 * so {@code run}, {@code sweep}, {@code reproduce}, {@code calibrate} and {@code rerun} cannot drift apart.
 *
 * <p>An empty value ({@code --threads "$SLURM_CPUS_PER_TASK"} in a job submitted without
 * {@code --cpus-per-task}) means the machine's processors, with a note saying so, rather than a failed task.
 */
public final class ThreadOptions {
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    int threads = PROCESSORS;

    @Option(names = "--threads", paramLabel = "N", description = "Arms run at once (default: this machine's processors; an "
            + "empty value, as from an unset scheduler variable, means the same, with a note). "
            + "Results do not depend on it.")
    void threads(String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            threads = PROCESSORS;
            if (value != null && mixee != null) {
                PrintWriter err = mixee.commandLine().getErr();
                err.println("plsim: note: --threads was given empty (a scheduler variable such as "
                        + "$SLURM_CPUS_PER_TASK that is not set: sbatch sets it only with --cpus-per-task); using "
                        + "this machine's " + PROCESSORS + " processors");
                err.flush();
            }
            return;
        }
        try {
            threads = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ParameterException(mixee == null ? null : mixee.commandLine(), "Invalid value for option "
                    + "'--threads': found '" + value + "', allowed: a whole number of at least 1, or empty for the "
                    + "processors");
        }
    }

    public int threads() {
        return threads;
    }

    /** What is wrong with the value given, in the project's {@code field: found …, allowed: …} form; or empty. */
    public Optional<String> problem() {
        return threads >= 1 ? Optional.empty()
                : Optional.of("--threads: found " + threads + ", allowed: a whole number of at least 1");
    }
}
