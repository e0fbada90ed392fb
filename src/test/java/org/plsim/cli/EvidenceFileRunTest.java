package org.plsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.io.files.Sha256;
import org.plsim.calibration.TinyStudies;
import org.plsim.io.manifest.ParameterFile;
import org.plsim.io.input.ScenarioReader;
import org.yaml.snakeyaml.Yaml;

/** A calibration's parameters.yaml used by a scenario: it reads back exactly, runs, and the manifest says so. */
class EvidenceFileRunTest {
    @TempDir
    Path tmp;

    @Test
    void aScenarioWithTheParameterFile_runsWithTheFittedValues_andItsManifestRecordsPathShaAndValues()
            throws Exception {
        Files.createDirectories(tmp.resolve("studies"));
        Files.writeString(tmp.resolve("studies/tiny-blended.yaml"), TinyStudies.BLENDED);
        Files.writeString(tmp.resolve("studies/tiny-blended-aligned.yaml"), TinyStudies.BLENDED_ALIGNED);
        Path calibration = Files.writeString(tmp.resolve("tiny.yaml"), CalibrateCommandTest.CALIBRATION);
        assertEquals(0, Main.execute("calibrate", calibration.toString(), "--out", tmp.resolve("fit").toString(), "-q"));
        Path parameters = tmp.resolve("fit").resolve(ParameterFile.FILE);
        JsonNode calibrated = new ObjectMapper().readTree(tmp.resolve("fit/manifest.json").toFile());
        double fitted = calibrated.get("parameters").get(0).get("fitted").asDouble();

        Map<String, Object> file = new Yaml().load(Files.readString(parameters));
        assertEquals(Map.of(TinyStudies.MATH_EFFECT, fitted), file.get("evidence"), "the parameter file round-trips");
        @SuppressWarnings("unchecked")
        Map<String, Object> how = (Map<String, Object>) file.get("calibration");
        assertEquals("tiny", how.get("name"));
        assertEquals(Sha256.ofText(CalibrateCommandTest.CALIBRATION), how.get("calibration_sha256"));
        assertEquals(1, ((List<?>) how.get("targets")).size());
        assertEquals(1, ((List<?>) how.get("holdout")).size());

        Files.createDirectories(tmp.resolve("scenarios"));
        Path scenario = Files.writeString(tmp.resolve("scenarios/uses-fit.yaml"), """
                years: 1
                replicates: 2
                uncertainty: none
                district:
                  schools:
                    - {name: e, count: 1, grades: 3-5, students_per_grade: 30}
                components:
                  blended_learning: {}
                evidence_file: ../fit/parameters.yaml
                evidence: {implementation.sustained_share: 0.4}
                """);
        assertEquals(Map.of(TinyStudies.MATH_EFFECT, fitted, "implementation.sustained_share", 0.4),
                new ScenarioReader().read(scenario).evidence());
        assertEquals(0, Main.execute("run", scenario.toString(), "--out", tmp.resolve("run").toString(), "-q"));

        JsonNode m = new ObjectMapper().readTree(tmp.resolve("run/manifest.json").toFile());
        JsonNode used = m.get("evidence_file");
        assertEquals("../fit/parameters.yaml", used.get("as_written").asText());
        assertEquals(parameters.normalize().toString(), used.get("file").asText());
        assertEquals(Sha256.ofFile(parameters), used.get("sha256").asText());
        assertEquals(fitted, used.get("values").get(TinyStudies.MATH_EFFECT).asDouble(), 0.0);
        for (JsonNode replicate : m.get("evidence").get("replicates")) {
            assertEquals(fitted, replicate.get("values").get(TinyStudies.MATH_EFFECT).asDouble(), 0.0);
            assertEquals(0.4, replicate.get("values").get("implementation.sustained_share").asDouble(), 0.0);
        }
        assertEquals(fitted, m.get("scenario").get("evidence").get(TinyStudies.MATH_EFFECT).asDouble(), 0.0);
        assertTrue(m.get("scenario").get("evidence_file") == null, "the resolved scenario holds values, not the file");
    }
}
