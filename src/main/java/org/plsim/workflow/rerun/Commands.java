package org.plsim.workflow.rerun;

import java.nio.file.Path;
import org.plsim.experiment.sweep.SweepPlan;

/**
 * PLSim's own commands, as a rerun calls them to re-make a folder exactly as they made it; the command line
 * gives itself. Kept behind this interface so re-running needs no console and the commands stay the only
 * place that makes each kind of folder.
 */
public interface Commands {
    /** Runs {@code plsim args} in this JVM, its summary not shown; returns its exit code. */
    int plsim(String... args);

    /**
     * Runs {@code plan} whole into {@code target}, then merges and analyses it as {@code plsim sweep} does, its
     * summary not shown; {@code sweepFile} is recorded as the file it came from. Returns the exit code.
     */
    int sweep(SweepPlan plan, Path target, String sweepFile, int threads, boolean progress);
}
