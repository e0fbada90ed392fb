package org.plsim.cli;

import java.nio.file.Path;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.ScenarioException;

/** Where a command gets its expanded sweep: the sweep file reader, or a plan built in Java by a test. */
@FunctionalInterface
interface SweepSource {
    /** The expanded sweep in {@code file}; problems in the file come back with line numbers. */
    SweepPlan load(Path file) throws ScenarioException;

    /**
     * The sweep file reader. Until it arrives it says so: the runner is built against {@link SweepPlan}; the
     * design branch's loader ({@code SweepReader::load}, which throws {@link ScenarioException}) goes here.
     */
    static SweepSource files() {
        return file -> {
            throw new UnsupportedOperationException("sweep files arrive with the design branch");
        };
    }
}
