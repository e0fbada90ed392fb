package org.plsim.reporting;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.plsim.io.input.EvidenceFile;

/**
 * Where a run came from, for its manifest: the scenario file as the user named it, the command line, when
 * the run started, the folder it was started in (where {@code git rev-parse HEAD} is asked), and the
 * parameter file the scenario took evidence values from, if any.
 *
 * @param evidenceFile the scenario's {@code evidence_file} as read, or null when it has none
 */
public record Provenance(String scenarioSource, List<String> commandLine, Instant createdAt, Path workingDirectory,
                         int threads, EvidenceFile evidenceFile) {
    public Provenance {
        commandLine = List.copyOf(commandLine);
    }

    /** A run whose scenario took no parameter file. */
    public Provenance(String scenarioSource, List<String> commandLine, Instant createdAt, Path workingDirectory,
                      int threads) {
        this(scenarioSource, commandLine, createdAt, workingDirectory, threads, null);
    }
}
