package org.plsim.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.study.Reproduction;
import org.plsim.study.StudyScenario;

/**
 * The objective of a calibration: for a candidate's values, every target reproduced with them (see
 * {@link Calibrator#reproduce}) and the sum of the targets' squared standardized misses. Every candidate runs
 * the same replicates from the same seeds, so the objective is a deterministic function of the values (common
 * random numbers): differences between candidates are not blurred by different draws, and a repeated
 * candidate is answered from memory rather than run again.
 */
final class Objective {
    private final Calibration calibration;
    private final Calibrator calibrator;
    private final CalibrationProgress progress;
    private final Map<List<Double>, Evaluation> seen = new HashMap<>();
    private final List<Evaluation> trace = new ArrayList<>();
    private Evaluation best;

    Objective(Calibration calibration, Calibrator calibrator, CalibrationProgress progress) {
        this.calibration = calibration;
        this.calibrator = calibrator;
        this.progress = progress;
    }

    /** The objective at unit-box point {@code x} (the optimizer's view). */
    double atUnit(double[] x) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            FittedParameter p = calibration.parameters().get(i);
            values.put(p.id(), p.value(x[i]));
        }
        return at(values).objective();
    }

    /** The evaluation at {@code values} (id → value in parameter order), run once per distinct candidate. */
    Evaluation at(Map<String, Double> values) {
        List<Double> key = List.copyOf(values.values());
        Evaluation known = seen.get(key);
        if (known != null) {
            return known;
        }
        List<Reproduction> targets = new ArrayList<>();
        double sum = 0;
        for (StudyScenario target : calibration.targets()) {
            Reproduction r = calibrator.reproduce(target, calibration, values);
            targets.add(r);
            sum += StudyFit.term(r);
        }
        Evaluation e = new Evaluation(trace.size() + 1, values, sum, targets);
        seen.put(key, e);
        trace.add(e);
        if (best == null || e.objective() < best.objective()) {
            best = e;
        }
        progress.evaluated(e, best);
        return e;
    }

    /** The candidate with the lowest objective so far (the first of equals). */
    Evaluation best() {
        return best;
    }

    /** Every distinct candidate evaluated, in order. */
    List<Evaluation> trace() {
        return List.copyOf(trace);
    }
}
