package org.plsim.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.plsim.experiment.ProgressListener;
import org.plsim.scenario.ScenarioSpec;

/**
 * A progress bar on stderr counting finished arms, shown when someone is likely watching: stderr is a
 * terminal, or the run is estimated to take long enough that a log reader wants to know it is alive.
 * Short runs in scripts and tests stay silent.
 */
final class ProgressDisplay implements ProgressListener, AutoCloseable {
    /** A conservative model speed, student-weeks per second per thread, for deciding whether a run is long. */
    static final double STUDENT_WEEKS_PER_SECOND = 3.0e6;
    /** Runs estimated longer than this get a bar even when stderr is not a terminal. */
    static final double LONG_RUN_SECONDS = 15;

    private final ProgressBar bar;

    private ProgressDisplay(ProgressBar bar) {
        this.bar = bar;
    }

    /** A display that draws only if {@code wanted} and someone is likely watching. */
    static ProgressDisplay open(ScenarioSpec spec, int threads, boolean wanted) {
        boolean terminal = System.console() != null;
        if (!wanted || !(terminal || estimatedSeconds(spec, threads) >= LONG_RUN_SECONDS)) {
            return new ProgressDisplay(null);
        }
        return new ProgressDisplay(new ProgressBarBuilder()
                .setTaskName("Running " + spec.id())
                .setInitialMax(2L * spec.replicates())
                .setUnit(" arms", 1)
                .setStyle(terminal ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(terminal ? 500 : 10_000)
                .setConsumer(new ConsoleProgressBarConsumer(System.err, 100))
                .build());
    }

    /** Seconds the run should take at the conservative speed, with every thread busy. */
    static double estimatedSeconds(ScenarioSpec spec, int threads) {
        long arms = 2L * spec.replicates();
        return arms * (double) spec.studentWeeks() / (STUDENT_WEEKS_PER_SECOND * Math.min(threads, arms));
    }

    @Override
    public synchronized void armFinished(int done, int total) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
