package org.plsim.io.sweepfolder;

import java.nio.file.Path;
import org.plsim.experiment.sweep.SweepKey;

/**
 * One finished run in a part file: where its rows are (bytes {@code offset} to {@code offset + length}),
 * their count and CRC-32 as its completion marker recorded them, and the numbers the marker carries.
 *
 * @param watched the adaptive rule's watched effect, exact; NaN when the sweep has no rule
 */
record PartBlock(Path file, SweepKey key, long offset, long length, int rows, long crc32, long treatmentNanos,
                 long bauNanos, double watched) {
}
