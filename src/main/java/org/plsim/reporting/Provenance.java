package org.plsim.reporting;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Where a run came from, for its manifest: the scenario file as the user named it, the command line, when
 * the run started, and the folder it was started in (where {@code git rev-parse HEAD} is asked).
 */
public record Provenance(String scenarioSource, List<String> commandLine, Instant createdAt, Path workingDirectory,
                         int threads) {
    public Provenance {
        commandLine = List.copyOf(commandLine);
    }
}
