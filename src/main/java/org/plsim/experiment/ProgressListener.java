package org.plsim.experiment;

/** Told each time one arm of one replicate finishes; called from worker threads. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void armFinished(int done, int total);
}
