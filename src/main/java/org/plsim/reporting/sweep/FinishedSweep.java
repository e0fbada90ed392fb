package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plsim.analysis.sweep.Design;
import org.plsim.analysis.sweep.RunsTable;
import org.plsim.analysis.sweep.SweepRuns;
import org.plsim.io.sweepfolder.SweepIdentity;

/**
 * What an analysis of a finished sweep folder reads: its identity, its design (rebuilt from the recorded sweep
 * file) and its merged runs.
 *
 * @param identity the folder's recorded sweep
 * @param design   its design points
 * @param runs     every run of {@code runs.csv}
 */
record FinishedSweep(SweepIdentity identity, Design design, SweepRuns runs) {
    /**
     * @throws IllegalArgumentException naming what is missing when {@code folder} is not a finished sweep (a
     *                                  sharded sweep is finished by {@code plsim merge})
     */
    static FinishedSweep read(Path folder) throws IOException {
        Path identity = folder.resolve(SweepIdentity.FILE);
        Path runsCsv = folder.resolve(SweepAnalysis.RUNS);
        if (!Files.isRegularFile(identity) || !Files.isRegularFile(runsCsv)) {
            throw new IllegalArgumentException(folder + ": not a finished sweep folder (needs " + SweepIdentity.FILE
                    + " and " + SweepAnalysis.RUNS + "; a sharded sweep: plsim merge " + folder + ")");
        }
        SweepIdentity sweep = SweepRecord.read(identity);
        Design design = SweepDesign.of(sweep);
        return new FinishedSweep(sweep, design, RunsTable.read(runsCsv, sweep.sweepId(), design.points()));
    }
}
