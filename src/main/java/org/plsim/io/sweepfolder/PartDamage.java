package org.plsim.io.sweepfolder;

import java.nio.file.Path;
import org.plsim.experiment.sweep.SweepKey;

/**
 * Lines of a part file that are not a whole run although they should be: a changed byte, a lost or doubled
 * line, a complete shard cut short. Its run (or runs) count as missing until rerun.
 *
 * @param firstLine the first of the lines, counted from 1
 * @param lastLine  the last of them
 * @param key       the run its completion marker names; null when there is no readable marker
 * @param what      what is wrong, in a few words
 */
public record PartDamage(Path file, long firstLine, long lastLine, SweepKey key, String what) {
    /** For messages: {@code shards/runs-0-of-1.csv lines 57-64 (point 3 replicate 1): rows that do not match …}. */
    public String describe(Path root) {
        String lines = firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
        return root.relativize(file) + " " + lines + (key == null ? "" : " (point " + key.point() + " replicate "
                + key.replicate() + ")") + ": " + what;
    }
}
