package org.plsim.reporting.sweep;

import java.io.IOException;
import java.nio.file.Path;
import org.plsim.io.sweepfolder.SweepIdentity;

/** A finished folder's {@code sweep.json} for the analyses run after the sweep; a damaged one is bad input. */
final class SweepRecord {
    private SweepRecord() {
    }

    /** @throws IllegalArgumentException naming the file when it is not a sweep identity file */
    static SweepIdentity read(Path file) {
        try {
            return SweepIdentity.read(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a readable sweep identity file (" + e.getMessage()
                    + "); allowed: the sweep.json plsim sweep writes", e);
        }
    }
}
