package org.plsim.calibration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished calibration: where the search started and what it fitted, the objective at both, every
 * candidate evaluated, and every study — targets and held-out — with the start and the fitted values.
 *
 * @param calibration what was fitted to what
 * @param optimiser   the optimizer and its settings
 * @param start       parameter id → start value
 * @param fitted      parameter id → fitted value: the best candidate rounded to 6 decimals (the values the
 *                    parameter file holds; {@code after} is evaluated at exactly these)
 * @param before      the evaluation at the start values
 * @param after       the evaluation at the fitted values
 * @param trace       every distinct candidate evaluated, in order (including start and fitted)
 * @param converged   true when the optimizer stopped by its own tolerance, false when it ran out of evaluations
 * @param targets     the targets, in the calibration's order
 * @param holdout     the held-out studies, in the calibration's order
 */
public record CalibrationResult(Calibration calibration, OptimiserSettings optimiser, Map<String, Double> start,
                                Map<String, Double> fitted, Evaluation before, Evaluation after,
                                List<Evaluation> trace, boolean converged, List<StudyFit> targets,
                                List<StudyFit> holdout) {
    public CalibrationResult {
        start = Collections.unmodifiableMap(new LinkedHashMap<>(start));
        fitted = Collections.unmodifiableMap(new LinkedHashMap<>(fitted));
        trace = List.copyOf(trace);
        targets = List.copyOf(targets);
        holdout = List.copyOf(holdout);
    }

    /** Distinct candidates evaluated (each one a run of every target). */
    public int evaluations() {
        return trace.size();
    }

    /** Targets, then held-out studies. */
    public List<StudyFit> studies() {
        return java.util.stream.Stream.concat(targets.stream(), holdout.stream()).toList();
    }
}
