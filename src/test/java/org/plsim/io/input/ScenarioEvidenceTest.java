package org.plsim.io.input;

import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Uncertainty;

/** The scenario's uncertainty mode and evidence overrides: read, checked against the registry, written back. */
class ScenarioEvidenceTest {
    private final ScenarioReader reader = new ScenarioReader(ScenarioReaderProblemsTest.ROOMY);

    @Test
    void byDefault_evidenceIsDrawn_andNothingOverridden() throws ScenarioException {
        ScenarioSpec spec = reader.read(ScenarioReaderTest.QUICKSTART);
        assertEquals(Uncertainty.EVIDENCE, spec.uncertainty());
        assertEquals(Map.of(), spec.evidence());
    }

    @Test
    void modeAndOverrides_areRead_withWholeDottedIdsAsKeys() throws ScenarioException {
        ScenarioSpec spec = reader.readString("uncertainty: NONE\nevidence:\n  implementation.sustained_share: 0.3\n"
                + "  implementation.scale_attenuation: 1\n", "o.yaml");
        assertEquals(Uncertainty.NONE, spec.uncertainty());
        assertEquals(Map.of("implementation.sustained_share", 0.3, "implementation.scale_attenuation", 1.0),
                spec.evidence());
    }

    @Test
    void modeAndOverrides_areWrittenIntoTheResolvedScenario_andReadBack() throws ScenarioException {
        ScenarioSpec spec = reader.readString("uncertainty: none\nevidence: {implementation.sustained_share: 0.3}\n",
                "o.yaml");
        assertEquals("none", ScenarioFormat.toTree(spec).get("uncertainty"));
        assertEquals(Map.of("implementation.sustained_share", 0.3), ScenarioFormat.toTree(spec).get("evidence"));
        assertEquals(spec, reader.readString(ScenarioFormat.toYaml(spec), "elsewhere.yaml"));
        ScenarioSpec drawn = spec.withUncertainty(Uncertainty.EVIDENCE);
        assertNotEquals(ScenarioFormat.sha256(spec), ScenarioFormat.sha256(drawn));
        assertNotEquals(ScenarioFormat.sha256(spec), ScenarioFormat.sha256(spec.withEvidence(Map.of())));
    }

    @Test
    void badOverrides_areEachReportedAtTheirLine() {
        List<Problem> ps = ScenarioReaderProblemsTest.fixture("unknown-evidence-parameter.yaml");
        assertEquals(4, ps.size(), ps::toString);
        ScenarioReaderProblemsTest.assertProblem(ps.get(0), 5, "evidence.implementation.scale_atenuation",
                "unknown evidence parameter 'implementation.scale_atenuation'",
                "did you mean 'implementation.scale_attenuation'?");
        ScenarioReaderProblemsTest.assertProblem(ps.get(1), 6, "evidence.implementation.pilot_students",
                "found a fixed parameter");
        ScenarioReaderProblemsTest.assertProblem(ps.get(2), 7, "evidence.business_as_usual.teacher_va_sd.math",
                "business_as_usual block (teacher_va_sd.math)");
        ScenarioReaderProblemsTest.assertProblem(ps.get(3), 8, "evidence.implementation.sustained_share",
                "found the text 'most', allowed: a number");
    }

    @Test
    void anIdFarFromAnyParameter_pointsToPlsimEvidence_andAModeThatIsNotOne_isRefused() {
        List<Problem> ps = assertThrows(ScenarioException.class, () -> reader.readString(
                "uncertainty: maybe\nevidence:\n  tutoring: 2\n", "far.yaml")).problems();
        assertEquals(2, ps.size(), ps::toString);
        ScenarioReaderProblemsTest.assertProblem(ps.get(0), 1, "uncertainty", "found 'maybe'", "evidence or none");
        ScenarioReaderProblemsTest.assertProblem(ps.get(1), 3, "evidence.tutoring", "unknown evidence parameter",
                "listed by plsim evidence");
    }

    @Test
    void anOverrideThatIsNotFinite_isRefused_sayingWhatItsParameterTakes() {
        List<Problem> ps = assertThrows(ScenarioException.class, () -> reader.readString(
                "evidence:\n  implementation.sustained_share: .inf\n  blended_learning.math_effect: .nan\n",
                "inf.yaml")).problems();
        assertEquals(2, ps.size(), ps::toString);
        ScenarioReaderProblemsTest.assertProblem(ps.get(0), 2, "evidence.implementation.sustained_share",
                "found .inf, allowed: a share from 0 to 1 (share of grant-period intensity; the evidence puts it "
                        + "from 0.2 to 0.8)");
        ScenarioReaderProblemsTest.assertProblem(ps.get(1), 3, "evidence.blended_learning.math_effect",
                "found .nan, allowed: a finite number (SD per school year;");
    }

    @Test
    void anOverrideBeyondTheEvidencesRange_butWithinWhatItsUnitAllows_isAWhatIf_andAccepted() throws Exception {
        ScenarioSpec spec = reader.readString("evidence:\n  implementation.sustained_share: 1\n"
                + "  blended_learning.math_effect: -0.1\n", "what-if.yaml");
        assertEquals(Map.of("implementation.sustained_share", 1.0, "blended_learning.math_effect", -0.1),
                spec.evidence());
    }

    @Test
    void evidenceThatIsNotAMap_saysWhatItShouldBe() {
        List<Problem> ps = assertThrows(ScenarioException.class, () -> reader.readString(
                "evidence: [implementation.sustained_share]\n", "list.yaml")).problems();
        ScenarioReaderProblemsTest.assertProblem(ScenarioReaderProblemsTest.only(ps), 1, "evidence",
                "found a list of 1 item", "a map of evidence parameter id: number");
    }
}
