package org.plsim.workflow;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How result folders are named and shown, the same for every command that makes one. */
public final class ResultPaths {
    /** {@code 20251123-101500}: UTC, sorts by time. */
    public static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private ResultPaths() {
    }

    /** {@code 20251123-101500-seed42}: sorts by time, and says which seed made it. */
    public static String runId(long seed, Instant started) {
        return RUN_TIME.format(started) + "-seed" + seed;
    }

    /** The folder relative to the working directory when it is inside it, as the user would type it. */
    public static Path shown(Path folder) {
        Path here = Path.of("").toAbsolutePath();
        return folder.startsWith(here) ? here.relativize(folder) : folder;
    }
}
