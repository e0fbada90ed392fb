package org.plsim.io.input;

import org.plsim.io.files.Sha256;
import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.scenario.ScenarioSpec;

/** A scenario's {@code evidence_file}: a parameter file's values laid under the scenario's own overrides. */
class EvidenceFileTest {
    private static final String PARAMETERS = """
            # fitted somewhere
            evidence:
              blended_learning.math_effect: 0.213457
              implementation.sustained_share: 0.3
            calibration:
              name: anything
              objective_after: 0.1
            """;
    private final ScenarioReader reader = new ScenarioReader(ScenarioReaderProblemsTest.ROOMY);

    @TempDir
    Path tmp;

    private Path scenario(String text) throws IOException {
        Files.createDirectories(tmp.resolve("scenarios"));
        return Files.writeString(tmp.resolve("scenarios/s.yaml"), text);
    }

    @Test
    void theFileValues_areOverrides_underTheScenariosOwn_andTheReadSaysWhereFrom() throws Exception {
        Path params = Files.writeString(tmp.resolve("fit.yaml"), PARAMETERS);
        Path file = scenario("evidence_file: ../fit.yaml\nevidence: {implementation.sustained_share: 0.6}\n");
        ReadScenario read = reader.readWithSources(file);
        assertEquals(Map.of("blended_learning.math_effect", 0.213457, "implementation.sustained_share", 0.6),
                read.spec().evidence(), "the scenario's own key wins");
        EvidenceFile used = read.evidenceFile().orElseThrow();
        assertEquals("../fit.yaml", used.asWritten());
        assertEquals(params.normalize().toString(), used.file());
        assertEquals(Sha256.ofFile(params), used.sha256());
        assertEquals(Map.of("blended_learning.math_effect", 0.213457, "implementation.sustained_share", 0.3),
                used.values());
        assertEquals(read.spec(), reader.read(file));
        assertTrue(reader.readWithSources(scenario("title: none\n")).evidenceFile().isEmpty());
    }

    @Test
    void theResolvedScenario_carriesTheValues_notTheFile() throws Exception {
        Files.writeString(tmp.resolve("fit.yaml"), PARAMETERS);
        ScenarioSpec spec = reader.read(scenario("evidence_file: ../fit.yaml\n"));
        assertEquals(spec, reader.readString(ScenarioFormat.toYaml(spec), "elsewhere.yaml"), "a rerun needs no file");
    }

    @Test
    void aMissingFile_isAProblemAtTheScenariosLine() throws Exception {
        Path file = scenario("title: t\nevidence_file: ../nowhere.yaml\n");
        List<Problem> ps = assertThrows(ScenarioException.class, () -> reader.read(file)).problems();
        assertEquals(1, ps.size(), ps::toString);
        assertEquals(file.toString(), ps.get(0).file());
        assertEquals(2, ps.get(0).line());
        assertEquals("evidence_file", ps.get(0).field());
        assertTrue(ps.get(0).message().startsWith("found '../nowhere.yaml': no such file (looked for "
                + tmp.resolve("nowhere.yaml")), ps.get(0).message());
    }

    @Test
    void problemsInsideTheParameterFile_nameThatFileAndItsLines() throws Exception {
        Path params = Files.writeString(tmp.resolve("fit.yaml"), """
                evidence:
                  blended_learning.math_efect: 0.2
                  implementation.pilot_students: 300
                  implementation.sustained_share: lots
                extra: 1
                """);
        Path file = scenario("title: t\nevidence_file: ../fit.yaml\nyears: 40\n");
        List<Problem> ps = assertThrows(ScenarioException.class, () -> reader.read(file)).problems();
        assertEquals(List.of(file + ":3: years: found 40, allowed: a whole number from 1 to 12",
                params + ":2: evidence.blended_learning.math_efect: unknown evidence parameter "
                        + "'blended_learning.math_efect', did you mean 'blended_learning.math_effect'?",
                params + ":3: evidence.implementation.pilot_students: found a fixed parameter (never drawn), allowed: "
                        + "a parameter whose distribution is not fixed (see plsim evidence)",
                params + ":4: evidence.implementation.sustained_share: found the text 'lots', allowed: a number",
                params + ":5: extra: unknown key 'extra'; allowed here: evidence, calibration"),
                ps.stream().map(Problem::toString).toList());
    }

    @Test
    void aFileWithoutAnEvidenceMap_isRefused() throws Exception {
        Path params = Files.writeString(tmp.resolve("fit.yaml"), "calibration: {name: x}\n");
        Path file = scenario("evidence_file: ../fit.yaml\n");
        List<Problem> ps = assertThrows(ScenarioException.class, () -> reader.read(file)).problems();
        assertEquals(List.of(params + ":1: evidence: missing, allowed: a map of evidence parameter id: number"),
                ps.stream().map(Problem::toString).toList());
    }
}
