package org.plsim.calibration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.study.Reproduction;

/**
 * One candidate's evaluation: the parameter values tried, the objective there, and each target reproduced
 * with them (in the calibration's target order).
 *
 * @param number    1 for the first candidate evaluated, 2 for the next … (repeats are not evaluated again)
 * @param values    parameter id → value, in the calibration's parameter order
 * @param objective the sum over targets of the squared standardized miss ({@link StudyFit#term})
 * @param targets   each target's reproduction with these values
 */
public record Evaluation(int number, Map<String, Double> values, double objective, List<Reproduction> targets) {
    public Evaluation {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        targets = List.copyOf(targets);
    }
}
