package org.plsim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.study.StudyScenario;

/**
 * Calibration recovers known parameter values from synthetic targets the model generated itself. The targets'
 * published estimates are the model's means at the true values, from the very replicates and seeds the
 * calibration runs (common random numbers), so the objective is exactly 0 at the truth and positive elsewhere.
 * The optimizer starts well away from the truth.
 *
 * <p>Tolerance: 0.001 of each parameter's range, the optimizer's own tolerance (BOBYQA's final trust-region
 * radius, Brent's absolute tolerance, in unit-box units). It is tight because these blended-learning outcomes
 * respond smoothly to the two parameters — linearly to {@code math_effect}, bilinearly to it and
 * {@code aligned_extra} on the aligned test — so the minimum is sharp and single. (Outcomes that go through
 * pass/fail thresholds, such as mastery checks, respond in small steps at this sample size, and a parameter
 * fitted to them is recovered only to the size of those steps.)
 */
class CalibrationRecoveryTest {
    static final String ALIGNED_EXTRA = "blended_learning.aligned_extra";
    private final Calibrator calibrator = new Calibrator(new ScenarioRunner(ComponentRegistry.discover(), 2));

    @Test
    void twoParameters_bobyqaRecoversTheValuesThatGeneratedTheTargets() {
        List<FittedParameter> parameters = List.of(new FittedParameter(TinyStudies.MATH_EFFECT, 0.05, 0.25, 0.10),
                new FittedParameter(ALIGNED_EXTRA, 0.5, 2.3, 0.8));
        List<StudyScenario> studies = List.of(TinyStudies.read(TinyStudies.BLENDED, "tiny-blended"),
                TinyStudies.read(TinyStudies.BLENDED_ALIGNED, "tiny-blended-aligned"),
                TinyStudies.read(TinyStudies.BOTH, "tiny-both"));
        Map<String, Double> truth = Map.of(TinyStudies.MATH_EFFECT, 0.22, ALIGNED_EXTRA, 1.6);
        Calibration setUp = new Calibration("recovery", parameters, studies, List.of(), 3, 7, 80);
        Calibration c = new Calibration("recovery", parameters,
                TinyStudies.synthetic(calibrator, setUp, studies, truth, 0.05), List.of(), 3, 7, 80);

        CalibrationResult r = calibrator.run(c, CalibrationProgress.NONE);

        assertEquals("BOBYQA", r.optimiser().method());
        assertTrue(r.converged(), "stopped by its tolerance, not the evaluation limit");
        assertTrue(r.before().objective() > 1, "the start is far from the truth: " + r.before().objective());
        assertTrue(r.after().objective() < 1e-4, "objective after: " + r.after().objective());
        assertEquals(0.22, r.fitted().get(TinyStudies.MATH_EFFECT), 0.001 * 0.20);
        assertEquals(1.6, r.fitted().get(ALIGNED_EXTRA), 0.001 * 1.8);
    }

    @Test
    void oneParameter_brentRecoversIt_andTheObjectiveIsExactlyZeroAtTheTruth() {
        List<FittedParameter> parameters = List.of(new FittedParameter(TinyStudies.MATH_EFFECT, 0.05, 0.25, 0.06));
        List<StudyScenario> studies = List.of(TinyStudies.read(TinyStudies.BLENDED, "tiny-blended"));
        Map<String, Double> truth = Map.of(TinyStudies.MATH_EFFECT, 0.22);
        Calibration setUp = new Calibration("recovery", parameters, studies, List.of(), 3, 7, 40);
        Calibration c = new Calibration("recovery", parameters,
                TinyStudies.synthetic(calibrator, setUp, studies, truth, 0.05), List.of(), 3, 7, 40);

        assertEquals(0.0, new Objective(c, calibrator, CalibrationProgress.NONE).at(truth).objective());
        CalibrationResult r = calibrator.run(c, CalibrationProgress.NONE);

        assertEquals("Brent", r.optimiser().method());
        assertTrue(r.converged());
        assertEquals(0.22, r.fitted().get(TinyStudies.MATH_EFFECT), 0.001 * 0.20);
    }
}
