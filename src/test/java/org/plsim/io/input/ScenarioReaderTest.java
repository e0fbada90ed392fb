package org.plsim.io.input;

import org.plsim.io.yaml.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plsim.scenario.BusinessAsUsual;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.SchoolGroup;

/** Valid scenarios: what a file says wins, everything else comes from the reference. */
class ScenarioReaderTest {
    static final Path REFERENCE = Path.of("scenarios/reference.yaml");
    static final Path QUICKSTART = Path.of("scenarios/quickstart.yaml");
    private final ScenarioReader reader = new ScenarioReader(ScenarioReaderProblemsTest.ROOMY);

    @Test
    void referenceFile_validatesAsAScenarioOfItsOwn() throws ScenarioException {
        ScenarioSpec spec = reader.read(REFERENCE);
        assertEquals("reference", spec.id());
        assertEquals(4, spec.years());
        assertEquals(10, spec.replicates());
        assertEquals(20120101L, spec.seed());
        assertEquals(14_040, spec.district().students());
        assertEquals(List.of(), spec.components());
    }

    @Test
    void referenceBusinessAsUsual_equalsTheCodeDefaults() throws ScenarioException {
        assertEquals(BusinessAsUsual.defaults(), reader.read(REFERENCE).bau());
    }

    @Test
    void quickstart_isASmallRealisticDistrictThatRunsInSeconds() throws ScenarioException {
        ScenarioSpec spec = reader.read(QUICKSTART);
        assertEquals("quickstart", spec.id());
        assertTrue(spec.district().students() >= 3_000 && spec.district().students() <= 6_000);
        assertEquals(List.of("elementary", "middle", "high"),
                spec.district().schools().stream().map(SchoolGroup::name).toList());
        assertTrue(spec.replicates() <= 5);
        assertTrue(spec.studentWeeks() * 2 * spec.replicates() < 20_000_000L, "well under a second of work");
    }

    @Test
    void scenarioNamingOneDistrictField_keepsTheOthersFromTheReference() throws ScenarioException {
        DistrictSpec reference = reader.read(REFERENCE).district();
        DistrictSpec d = reader.readString("district:\n  class_size: 20\n  baseline: {math: -0.3}\n", "x.yaml")
                .district();
        assertEquals(20, d.classSize());
        assertEquals(-0.3, d.baselineMath());
        assertEquals(reference.baselineReading(), d.baselineReading(), "maps merge key by key, nested too");
        assertEquals(reference.schools(), d.schools());
        assertEquals(reference.lowIncomeShare(), d.lowIncomeShare());
    }

    @Test
    void schoolListInAScenario_replacesTheReferenceListWholesale() throws ScenarioException {
        DistrictSpec d = reader.readString("district:\n  schools:\n"
                + "    - {name: k8, count: 2, grades: K–8, students_per_grade: 50}\n"
                + "    - {name: high, count: 1, grades: 9-12, students_per_grade: 100}\n", "x.yaml").district();
        assertEquals(List.of(new SchoolGroup("k8", 2, 0, 8, 50), new SchoolGroup("high", 1, 9, 12, 100)),
                d.schools());
    }

    @Test
    void idAndTitle_defaultToTheFileBaseName() throws ScenarioException {
        ScenarioSpec spec = reader.readString("years: 2\n", "some/dir/Blended Only_v2.yaml");
        assertEquals("blended-only-v2", spec.id());
        assertEquals("blended-only-v2", spec.title());
        assertEquals("mine", reader.readString("id: mine\n", "other.yaml").id());
    }

    @Test
    void overlappingSubgroups_mayHaveSharesSummingPastOne() throws ScenarioException {
        DistrictSpec d = reader.readString("district:\n  low_income_share: 0.9\n  english_learner_share: 0.6\n"
                + "  disability_share: 0.5\n", "overlap.yaml").district();
        assertEquals(2.0, d.lowIncomeShare() + d.englishLearnerShare() + d.disabilityShare(), 1e-12);
    }

    @Test
    void components_keepFileOrder_andTheirSettingsAsPlainValues() throws ScenarioException {
        ScenarioSpec spec = reader.readString("components:\n  zeta:\n    minutes: 90\n    grades: [6, 7]\n"
                + "    coach: {ratio: 1.5}\n  alpha:\n", "c.yaml");
        assertEquals(List.of("zeta", "alpha"), spec.components().stream().map(ComponentSpec::name).toList());
        Map<String, Object> zeta = spec.components().get(0).settings();
        assertEquals(90, zeta.get("minutes"));
        assertEquals(List.of(6, 7), zeta.get("grades"));
        assertEquals(Map.of("ratio", 1.5), zeta.get("coach"));
        assertEquals(Map.of(), spec.components().get(1).settings());
    }

    @Test
    void numbers_areReadAsYamlWritesThem() throws ScenarioException {
        ScenarioSpec spec = reader.readString("seed: -9_000_000_000\nweeks_per_year: 30.0\n"
                + "district: {schools: [{name: one, count: 1, grades: 9, students_per_grade: 1_000}]}\n", "n.yaml");
        assertEquals(-9_000_000_000L, spec.seed());
        assertEquals(30, spec.weeksPerYear(), "a whole number written with a decimal point is still whole");
        assertEquals(new SchoolGroup("one", 1, 9, 9, 1000), spec.district().schools().get(0));
    }

    @Test
    void gradeSpans_parseKAndSingleGradesAndRejectNonsense() {
        assertEquals(List.of(0, 5), List.of(ScenarioFields.grades("K-5")[0], ScenarioFields.grades("K-5")[1]));
        assertEquals(12, ScenarioFields.grades(" 12 ")[1]);
        for (String bad : List.of("5-K", "K-13", "", "-", "1-2-3", "kindergarten", "-1-5")) {
            assertNull(ScenarioFields.grades(bad), bad);
        }
    }
}
