package org.plsim.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.plsim.experiment.sweep.SweepProgress;

/**
 * A sweep's progress on stderr: runs done of runs planned, runs per minute and the time left. On a terminal
 * it is a progress bar; elsewhere (a batch job's log) a line at most every {@link #LOG_EVERY}, so that a
 * cluster log shows the shard is alive without filling up. Runs finished before this session (a resume)
 * count as done but not in the rate.
 */
final class SweepProgressDisplay implements SweepProgress, AutoCloseable {
    static final Duration LOG_EVERY = Duration.ofMinutes(1);

    private final String name;
    private final boolean wanted;
    private final boolean terminal;
    private final PrintWriter log;
    private ProgressBar bar;
    private long startNanos;
    private long startDone;
    private long lastLog;

    private SweepProgressDisplay(String name, boolean wanted, boolean terminal, PrintWriter log) {
        this.name = name;
        this.wanted = wanted;
        this.terminal = terminal;
        this.log = log;
    }

    /** A display on stderr ({@code log} off a terminal), or a silent one when not {@code wanted}. */
    static SweepProgressDisplay open(String name, boolean wanted, PrintWriter log) {
        return new SweepProgressDisplay(name, wanted, System.console() != null, log);
    }

    @Override
    public synchronized void start(long done, long total) {
        startNanos = System.nanoTime();
        lastLog = startNanos;
        startDone = done;
        if (wanted && terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Sweep " + name)
                    .setInitialMax(total)
                    .startsFrom(done, Duration.ZERO)
                    .setUnit(" runs", 1)
                    .showSpeed()
                    .setSpeedUnit(ChronoUnit.MINUTES)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                    .setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err, 110))
                    .build();
        }
    }

    @Override
    public synchronized void advance(long done, long total) {
        if (bar != null) {
            bar.maxHint(total);
            bar.stepTo(done);
            return;
        }
        long now = System.nanoTime();
        if (wanted && now - lastLog >= LOG_EVERY.toNanos()) {
            lastLog = now;
            log.println(line(done, total, now));
            log.flush();
        }
    }

    /** {@code sweep x: 120/400 runs (30%), 14.2 runs/min, about 19 min left}. */
    String line(long done, long total, long now) {
        double minutes = (now - startNanos) / 6e10;
        double rate = minutes > 0 ? (done - startDone) / minutes : 0;
        String left = rate > 0 ? String.format(Locale.ROOT, ", about %.0f min left", (total - done) / rate) : "";
        return String.format(Locale.ROOT, "sweep %s: %d/%d runs (%.0f%%), %.1f runs/min%s", name, done, total,
                total == 0 ? 100.0 : 100.0 * done / total, rate, left);
    }

    @Override
    public synchronized void finish() {
        close();
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
