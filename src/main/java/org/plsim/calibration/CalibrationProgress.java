package org.plsim.calibration;

/** Told after each new candidate is evaluated and as held-out studies are reproduced; called on the caller's thread. */
@FunctionalInterface
public interface CalibrationProgress {
    CalibrationProgress NONE = (evaluation, best) -> { };

    /** A candidate was evaluated; {@code best} is the lowest objective so far (possibly this one). */
    void evaluated(Evaluation evaluation, Evaluation best);

    /** Held-out study {@code done} of {@code total} was reproduced with the start and fitted values. */
    default void heldOut(int done, int total, String studyId) {
    }
}
