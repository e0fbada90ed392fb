package org.plsim.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Uncertainty;
import org.plsim.study.Reproducer;
import org.plsim.study.Reproduction;
import org.plsim.study.StudyScenario;

/**
 * Fits a {@link Calibration}: evaluates the start values, lets the optimizer search the unit box (see
 * {@link OptimiserSettings}), rounds the best candidate to 6 decimals, evaluates it, and reproduces the
 * held-out studies with the start and the fitted values.
 *
 * <p>The objective is {@code sum over targets of ((model mean - published estimate) / scale)^2}, the scale
 * being half the published interval's width ({@link StudyFit#scale}). Every study runs with its evidence held
 * at central values ({@code uncertainty: none}), the study's own {@code evidence:} overrides and the
 * candidate's values over them, from the calibration's seed: the model mean moves only with the candidate.
 *
 * <pre>{@code
 * CalibrationResult r = new Calibrator(new ScenarioRunner(ComponentRegistry.discover(), 2))
 *         .run(calibration, CalibrationProgress.NONE);
 * r.fitted(); // e.g. {blended_learning.math_effect=0.224}
 * }</pre>
 */
public final class Calibrator {
    private final Reproducer reproducer;

    public Calibrator(ScenarioRunner runner) {
        this.reproducer = new Reproducer(runner, Reproducer.MIN_REPLICATES);
    }

    public CalibrationResult run(Calibration c, CalibrationProgress progress) {
        Objective objective = new Objective(c, this, progress);
        Map<String, Double> start = new LinkedHashMap<>();
        c.parameters().forEach(p -> start.put(p.id(), p.start()));
        Evaluation before = objective.at(start);
        OptimiserSettings settings = OptimiserSettings.of(c.parameters().size(), c.maxEvaluations());
        double[] x0 = c.parameters().stream().mapToDouble(p -> p.unit(p.start())).toArray();
        boolean converged = Search.minimize(settings, objective::atUnit, x0);
        Map<String, Double> fitted = rounded(c, objective.best().values());
        Evaluation after = objective.at(fitted);
        List<StudyFit> targets = new ArrayList<>();
        for (int i = 0; i < c.targets().size(); i++) {
            targets.add(new StudyFit(c.targets().get(i), true, before.targets().get(i), after.targets().get(i)));
        }
        List<StudyFit> holdout = new ArrayList<>();
        for (StudyScenario s : c.holdout()) {
            holdout.add(new StudyFit(s, false, reproduce(s, c, start), reproduce(s, c, fitted)));
            progress.heldOut(holdout.size(), c.holdout().size(), s.id());
        }
        return new CalibrationResult(c, settings, start, fitted, before, after, objective.trace(), converged, targets,
                holdout);
    }

    /**
     * A study reproduced as the calibration runs it: {@code c.replicates()} paired replicates from root seed
     * {@code c.seed()}, evidence held central, the study's own overrides with {@code values} laid over them.
     */
    public Reproduction reproduce(StudyScenario study, Calibration c, Map<String, Double> values) {
        return reproducer.run(study.withSpec(asRun(study.spec(), c.seed(), values)), c.replicates(),
                ProgressListener.NONE);
    }

    /** The study's scenario as a candidate runs it (same run seeds for every candidate). */
    public static ScenarioSpec asRun(ScenarioSpec spec, long seed, Map<String, Double> values) {
        Map<String, Double> evidence = new TreeMap<>(spec.evidence());
        evidence.putAll(values);
        return spec.withSeed(seed).withUncertainty(Uncertainty.NONE).withEvidence(evidence);
    }

    /** The values rounded to 6 decimals, kept inside the bounds: what a parameter file can hold exactly. */
    static Map<String, Double> rounded(Calibration c, Map<String, Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (FittedParameter p : c.parameters()) {
            double v = new BigDecimal(values.get(p.id())).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
            out.put(p.id(), Math.max(p.low(), Math.min(p.high(), v)));
        }
        return out;
    }
}
