package org.plsim.model.observe;

/**
 * Where the model's aggregate outcomes go. The model calls it from one thread, in a deterministic order,
 * a few hundred times a year: never per student or per week.
 */
@FunctionalInterface
public interface ObservationSink {
    void accept(Outcome outcome);
}
