package org.plsim.io.input;

import org.plsim.io.yaml.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plsim.calibration.Calibration;
import org.plsim.calibration.FittedParameter;
import org.plsim.cli.Main;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.study.StudyScenario;

/** Every shipped calibration file reads (and validates); the shipped one asks what its comments say. */
class CalibrationFilesTest {
    private static final Path DIR = Path.of("scenarios/calibrations");

    @Test
    void everyShippedCalibration_readsAndValidates() throws IOException, ScenarioException {
        List<Path> files;
        try (Stream<Path> in = Files.list(DIR)) {
            files = in.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            new CalibrationReader(new ScenarioReader()).read(f);
            assertEquals(0, Main.execute("validate", f.toString()), f.toString());
        }
    }

    @Test
    void blendedAndCompetency_fitsTwoEffects_onPilotStudies_andHoldsOutTheOthers() throws ScenarioException {
        CalibrationInput in = new CalibrationReader(new ScenarioReader())
                .read(DIR.resolve("blended-and-competency.yaml"));
        Calibration c = in.calibration();
        EvidenceRegistry registry = EvidenceRegistry.builtIn();
        assertEquals("blended-and-competency", c.name());
        for (FittedParameter p : c.parameters()) {
            assertEquals(registry.parameter(p.id()).low(), p.low(), p.id());
            assertEquals(registry.parameter(p.id()).high(), p.high(), p.id());
            assertEquals(registry.parameter(p.id()).central(), p.start(), p.id());
        }
        assertEquals(List.of("blended_learning.math_effect", "competency_progression.corrective_efficiency"), c.ids());
        assertEquals(List.of("cheung-slavin-2013-math-edtech", "kulik-1990-mastery-aligned"),
                c.targets().stream().map(StudyScenario::id).toList());
        assertEquals(List.of("campuzano-2009-software-at-scale", "slavin-1987-mastery-standardized",
                "evans-2019-nh-pace"), c.holdout().stream().map(StudyScenario::id).toList());
        assertEquals("scenarios/studies/kulik-1990-mastery-aligned.yaml", in.studies().get(1).file());
        assertEquals(16, c.replicates());
    }
}
