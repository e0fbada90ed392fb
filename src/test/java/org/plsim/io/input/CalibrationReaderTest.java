package org.plsim.io.input;

import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.calibration.Calibration;
import org.plsim.calibration.TinyStudies;

/** Calibration files read from text, with study texts given by the caller (as a rerun gives them). */
class CalibrationReaderTest {
    private static final Map<String, String> STUDIES = Map.of("cal/studies/a.yaml", TinyStudies.BLENDED,
            "cal/studies/b.yaml", TinyStudies.BLENDED_ALIGNED);
    private final CalibrationReader reader = new CalibrationReader(new ScenarioReader());

    private CalibrationInput read(String yaml) throws ScenarioException {
        return reader.readString(yaml, "cal/my-fit.yaml", p -> STUDIES.get(p.toString()));
    }

    private List<String> problems(String yaml) {
        return assertThrows(ScenarioException.class, () -> read(yaml)).problems().stream().map(Problem::toString)
                .toList();
    }

    @Test
    void defaults_nameFromTheFile_boundsAndStartFromTheRegistry_noHoldout() throws ScenarioException {
        CalibrationInput in = read("parameters:\n  - {id: blended_learning.math_effect, start: 0.1}\n"
                + "targets: [studies/a.yaml]\n");
        Calibration c = in.calibration();
        assertEquals("my-fit", c.name());
        assertEquals(0.05, c.parameters().get(0).low());
        assertEquals(0.25, c.parameters().get(0).high());
        assertEquals(0.1, c.parameters().get(0).start());
        assertEquals(List.of(), c.holdout());
        assertEquals(Calibration.DEFAULT_REPLICATES, c.replicates());
        assertEquals(Calibration.DEFAULT_SEED, c.seed());
        assertEquals(Calibration.DEFAULT_MAX_EVALUATIONS, c.maxEvaluations());
        assertEquals("a", c.targets().get(0).id());
        assertEquals(new CalibrationInput.StudyFile(true, "studies/a.yaml", Path.of("cal/studies/a.yaml").toString(),
                TinyStudies.BLENDED), in.studies().get(0));
    }

    @Test
    void aStudyWithSeveralOutcomes_givesATargetPerOutcome_eachBesideItsFile() throws ScenarioException {
        String twoOutcomes = org.plsim.study.SeveralGroupsAndOutcomesTest.STUDY;
        CalibrationInput in = new CalibrationReader(new ScenarioReader()).readString(
                "parameters:\n  - {id: blended_learning.math_effect}\ntargets: [studies/k8.yaml]\n", "cal/my-fit.yaml",
                p -> p.toString().equals(Path.of("cal/studies/k8.yaml").toString()) ? twoOutcomes : null);
        assertEquals(List.of("k8/math", "k8/reading"), in.calibration().targets().stream()
                .map(org.plsim.study.StudyScenario::id).toList());
        assertEquals(2, in.studies().size());
        assertEquals(in.studies().get(0), in.studies().get(1));
        assertEquals("k8", in.calibration().targets().get(1).spec().id(), "both run the file's scenario and seeds");
    }

    @Test
    void parametersAScenarioCannotOverride_aStartOutsideTheBounds_andTooFewTargets_areProblems() {
        assertEquals(List.of(
                "cal/my-fit.yaml:2: parameters[0].id: found a fixed parameter (never drawn), allowed: a parameter whose "
                        + "distribution is not fixed (see plsim evidence)",
                "cal/my-fit.yaml:3: parameters[1].id: found a business-as-usual parameter, allowed: a component or "
                        + "implementation parameter; set this one in the business_as_usual block (teacher_va_sd.math)",
                "cal/my-fit.yaml:4: parameters[2].start: found 0.3, allowed: a number from low (0.05) to high (0.2)",
                "cal/my-fit.yaml:5: parameters[3]: found the text 'x', allowed: " + CalibrationParameters.ITEM,
                "cal/my-fit.yaml:6: targets: found the text 'studies/a.yaml', allowed: a list, each item the path of "
                        + "a study scenario file (with a study: block), relative to this file",
                "cal/my-fit.yaml:7: max_evaluations: found 3, allowed: a whole number from 10 to 10000"),
                problems("""
                        parameters:
                          - {id: implementation.pilot_students}
                          - {id: business_as_usual.teacher_va_sd.math}
                          - {id: blended_learning.math_effect, high: 0.2, start: 0.3}
                          - x
                        targets: studies/a.yaml
                        max_evaluations: 3
                        """));
        assertEquals(List.of("cal/my-fit.yaml:3: targets: found 1 studies for 2 parameters, allowed: at least as many "
                        + "target studies as parameters (fewer cannot pin the parameters down)"),
                problems("parameters: [{id: blended_learning.math_effect}, {id: blended_learning.aligned_extra}]\n"
                        + "\ntargets: [studies/a.yaml]\n"));
        assertEquals(List.of("cal/my-fit.yaml:1: parameters: missing, allowed: a list of evidence parameters to fit, "
                + "each " + CalibrationParameters.ITEM), problems("targets: [studies/a.yaml]\n"));
    }
}
