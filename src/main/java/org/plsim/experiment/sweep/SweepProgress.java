package org.plsim.experiment.sweep;

/**
 * Told how a sweep advances, on the thread that runs it. Adaptive sweeps plan more runs each round, so the
 * total may grow.
 */
public interface SweepProgress {
    SweepProgress NONE = new SweepProgress() {
    };

    /** Before the first run of this session: runs already done (by earlier sessions or shards), runs planned. */
    default void start(long done, long total) {
    }

    /** After each run this session finishes, and when an adaptive round plans more. */
    default void advance(long done, long total) {
    }

    /** After the last run of this session. */
    default void finish() {
    }
}
