package org.plsim.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.plsim.io.input.SweepReader;

/**
 * Reading a sweep file on stderr, from its first second: a line saying what is being done (the design expanded,
 * every point's scenario built and held to its budget), then the points checked — on a terminal a line
 * rewritten every {@link #TERMINAL_EVERY}, in a log a line every {@link SweepProgressDisplay#LOG_EVERY}. 10,000
 * points take about a minute. Silent when not wanted ({@code --quiet}).
 */
final class ReadingProgress implements SweepReader.Progress, AutoCloseable {
    static final Duration TERMINAL_EVERY = Duration.ofMillis(250);

    private final PrintWriter err;
    private final boolean wanted;
    private final boolean terminal;
    private final String file;
    private long last;
    private boolean rewriting;

    private ReadingProgress(PrintWriter err, boolean wanted, boolean terminal, String file) {
        this.err = err;
        this.wanted = wanted;
        this.terminal = terminal;
        this.file = file;
        this.last = System.nanoTime();
    }

    /** Says at once that {@code file} is being read, when {@code wanted}. */
    static ReadingProgress start(PrintWriter err, boolean wanted, String file) {
        ReadingProgress p = new ReadingProgress(err, wanted, System.console() != null, file);
        if (wanted) {
            err.println("Reading " + file + ": expanding the design, building every point's scenario and checking "
                    + "it against its budget");
            err.flush();
        }
        return p;
    }

    @Override
    public synchronized void pointChecked(int done, int total) {
        if (!wanted) {
            return;
        }
        long now = System.nanoTime();
        Duration every = terminal ? TERMINAL_EVERY : SweepProgressDisplay.LOG_EVERY;
        if (now - last < every.toNanos() && done < total) {
            return;
        }
        last = now;
        String line = line(done, total);
        if (terminal) {
            err.print("\r" + line);
            rewriting = true;
        } else if (done < total) {
            err.println(line);
        }
        err.flush();
    }

    /** {@code sweep.yaml: 2,300 of 10,000 points checked (23%)}. */
    String line(int done, int total) {
        return String.format(Locale.ROOT, "%s: %,d of %,d points checked (%.0f%%)", file, done, total,
                total == 0 ? 100.0 : 100.0 * done / total);
    }

    @Override
    public synchronized void close() {
        if (rewriting) {
            err.println();
            err.flush();
            rewriting = false;
        }
    }
}
