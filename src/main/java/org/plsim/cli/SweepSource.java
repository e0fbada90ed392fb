package org.plsim.cli;

import java.nio.file.Path;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.io.input.SweepReader;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.workflow.sweep.SweepOutputs;

/** Where a command gets its expanded sweep: the sweep file reader, or a plan built in Java by a test. */
@FunctionalInterface
interface SweepSource {
    /**
     * The expanded sweep in {@code file}, telling {@code progress} of each point checked; problems in the file
     * come back with line numbers.
     */
    SweepPlan load(Path file, SweepReader.Progress progress) throws ScenarioException;

    /** The expanded sweep in {@code file}, read silently. */
    default SweepPlan load(Path file) throws ScenarioException {
        return load(file, SweepReader.Progress.NONE);
    }

    /** The sweep file reader: every design point applied to the base and checked at read time. */
    static SweepSource files() {
        return SweepReader::load;
    }

    /** What a finished sweep writes besides runs.csv and design.csv: summaries, charts and report.html. */
    static SweepOutputs analysis() {
        return SweepOutputs.REPORT;
    }
}
