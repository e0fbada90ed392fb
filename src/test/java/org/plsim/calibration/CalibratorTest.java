package org.plsim.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.RunKey;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.Uncertainty;
import org.plsim.study.Reproduction;
import org.plsim.study.StudyScenario;

/** Common random numbers, out-of-sample studies, limits and the record's own checks. */
class CalibratorTest {
    private final Calibrator calibrator = new Calibrator(new ScenarioRunner(ComponentRegistry.discover(), 2));
    private final StudyScenario blended = TinyStudies.read(TinyStudies.BLENDED, "tiny-blended");
    private final StudyScenario aligned = TinyStudies.read(TinyStudies.BLENDED_ALIGNED, "tiny-blended-aligned");
    private final List<FittedParameter> mathEffect =
            List.of(new FittedParameter(TinyStudies.MATH_EFFECT, 0.05, 0.25, 0.18));

    @Test
    void sameCandidateTwice_givesTheIdenticalObjective_fromTheSameRunSeeds() {
        Calibration c = new Calibration("crn", mathEffect, List.of(blended, aligned), List.of(), 3, 11, 20);
        Map<String, Double> candidate = Map.of(TinyStudies.MATH_EFFECT, 0.1234);
        Evaluation first = new Objective(c, calibrator, CalibrationProgress.NONE).at(candidate);
        Evaluation second = new Objective(c, calibrator, CalibrationProgress.NONE).at(candidate);
        assertEquals(first.objective(), second.objective(), 0.0);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(first.targets().get(i).values(), second.targets().get(i).values());
        }
        Reproduction other = calibrator.reproduce(blended, c, Map.of(TinyStudies.MATH_EFFECT, 0.2));
        Reproduction one = first.targets().get(0);
        assertEquals(one.spec().seed(), other.spec().seed());
        assertEquals(RunKey.of(one.id(), 11, 2).runSeed(), RunKey.of(other.id(), other.spec().seed(), 2).runSeed());
        assertEquals(Uncertainty.NONE, one.spec().uncertainty());
        assertNotEquals(one.model().mean(), other.model().mean(), "the candidate is what moves the mean");
    }

    @Test
    void heldOutStudies_areReportedOutOfSample_andNeverEnterTheFit() {
        Calibration c = new Calibration("holdout", mathEffect, List.of(blended), List.of(aligned), 3, 11, 20);
        CalibrationResult r = calibrator.run(c, CalibrationProgress.NONE);
        StudyScenario moved = TinyStudies.publishing(aligned, 2.0, 0.1);
        CalibrationResult again = calibrator.run(new Calibration("holdout", mathEffect, List.of(blended),
                List.of(moved), 3, 11, 20), CalibrationProgress.NONE);

        assertEquals(1, r.holdout().size());
        assertFalse(r.holdout().get(0).inSample());
        assertTrue(r.targets().get(0).inSample());
        assertEquals(r.fitted(), again.fitted(), "a held-out study's published value changes nothing fitted");
        assertEquals(objectives(r), objectives(again));
        assertTrue(r.trace().stream().allMatch(e -> e.targets().size() == 1), "only the target is in the objective");
        assertNotEquals(r.holdout().get(0).termAfter(), again.holdout().get(0).termAfter());
        assertEquals(r.holdout().get(0).after().model().mean(), again.holdout().get(0).after().model().mean());
        assertEquals(r.fitted().get(TinyStudies.MATH_EFFECT), r.holdout().get(0).after().spec().evidence()
                .get(TinyStudies.MATH_EFFECT), "held-out studies run with the fitted values");
    }

    @Test
    void runningOutOfEvaluations_keepsTheBestCandidate_andSaysSo() {
        Calibration c = new Calibration("short", List.of(new FittedParameter(TinyStudies.MATH_EFFECT, 0.05, 0.25, 0.05),
                new FittedParameter(CalibrationRecoveryTest.ALIGNED_EXTRA, 0.5, 2.3, 0.5)), List.of(blended, aligned),
                List.of(), 2, 11, Calibration.MIN_EVALUATIONS);
        CalibrationResult r = calibrator.run(c, CalibrationProgress.NONE);
        assertFalse(r.converged());
        assertTrue(r.after().objective() < r.before().objective());
        double best = r.trace().stream().mapToDouble(Evaluation::objective).min().orElseThrow();
        assertEquals(best, r.after().objective(), 1e-3, "the fitted values are the best candidate, rounded");
    }

    @Test
    void fittedValues_areRoundedToSixDecimals_andAfterIsEvaluatedAtThem() {
        Calibration c = new Calibration("round", mathEffect, List.of(TinyStudies.publishing(blended, 0.1111111, 0.05)),
                List.of(), 2, 11, 20);
        CalibrationResult r = calibrator.run(c, CalibrationProgress.NONE);
        double v = r.fitted().get(TinyStudies.MATH_EFFECT);
        assertEquals(v, Math.round(v * 1e6) / 1e6, 0.0);
        assertEquals(r.fitted(), r.after().values());
        assertEquals(r.trace().get(r.trace().size() - 1).values(), r.after().values());
    }

    @Test
    void theRecord_refusesTooFewTargetsAStudyTwiceAndBadSettings() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> new Calibration("x", List.of(
                new FittedParameter(TinyStudies.MATH_EFFECT, 0.05, 0.25, 0.18),
                new FittedParameter(CalibrationRecoveryTest.ALIGNED_EXTRA, 0.5, 2.3, 1)), List.of(blended),
                List.of(blended), 1, 1, 5));
        List<String> fields = new ArrayList<>(e.violations().stream().map(v -> v.field()).toList());
        assertEquals(List.of("targets", "holdout", "replicates", "max_evaluations"), fields);
        assertThrows(InvalidSpecException.class, () -> new FittedParameter(TinyStudies.MATH_EFFECT, 0.3, 0.2, 0.25));
        assertThrows(InvalidSpecException.class, () -> new FittedParameter(TinyStudies.MATH_EFFECT, 0.1, 0.2, 0.25));
    }

    private static List<Double> objectives(CalibrationResult r) {
        return r.trace().stream().map(Evaluation::objective).toList();
    }
}
