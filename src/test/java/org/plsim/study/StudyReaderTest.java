package org.plsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.io.input.HeapBudget;
import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.input.ScenarioReader;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ScenarioSpec;

/** A study block is read into a Study, sets the scenario up as the study was, and bad blocks are placed. */
class StudyReaderTest {
    private static final ScenarioReader READER = new ScenarioReader(new HeapBudget(Long.MAX_VALUE, 1));
    static final String STUDY = """
            title: a study
            study:
              citation: "Author (2020). A trial."
              design: randomized
              sample: {students: 900, schools: 3, grades: 3-5, years: 2}
              outcome: {measure: achievement, subject: math, year: 2, grades: 4-5, subgroup: low_income}
              published: {estimate: 0.1, low: 0.0, high: 0.2, interval: "95% CI"}
            """;

    @Test
    void aStudyBlock_setsTheDistrictAndYearsUpFromItsSample() throws ScenarioException {
        StudyScenario s = READER.readStudyString(STUDY, "a-study.yaml");
        ScenarioSpec spec = s.spec();
        assertEquals(2, spec.years());
        assertEquals(1, spec.district().schools().size());
        assertEquals(3, spec.district().schools().get(0).count());
        assertEquals(100, spec.district().schools().get(0).studentsPerGrade()); // 900 / (3 schools x 3 grades)
        assertEquals(900, spec.district().students());
        StudyOutcome o = s.study().outcome();
        assertEquals(Measure.ACHIEVEMENT, o.measure());
        assertEquals(Subject.MATH, o.subject());
        assertEquals(Subgroup.LOW_INCOME, o.subgroup());
        assertEquals(4, o.lowGrade());
        assertEquals(Comparison.BUSINESS_AS_USUAL, s.study().comparison());
        assertEquals(spec, READER.readString(STUDY, "a-study.yaml"), "plsim run sees the same set-up");
    }

    @Test
    void outcomeDefaults_areTheLastYearTheSampleGradesAndAllStudents() throws ScenarioException {
        String yaml = STUDY.replace("year: 2, grades: 4-5, subgroup: low_income", "");
        StudyOutcome o = READER.readStudyString(yaml.replace("{measure: achievement, subject: math, }",
                "{measure: achievement, subject: math}"), "s.yaml").study().outcome();
        assertEquals(2, o.year());
        assertEquals(3, o.lowGrade());
        assertEquals(5, o.highGrade());
        assertEquals(Subgroup.ALL, o.subgroup());
    }

    @Test
    void badStudyBlocks_areReportedAtTheirLinesWithWhatIsAllowed() {
        String yaml = STUDY.replace("design: randomized", "design: anecdote")
                .replace("low: 0.0, high: 0.2", "low: 0.15, high: 0.2")
                .replace("title: a study", "title: a study\nyears: 3")
                + "  sample_size: 4\n";
        List<Problem> problems = problems(yaml);
        assertHas(problems, "study.design", 5, "allowed: rct, cluster_rct, quasi_experimental, rollout, randomized");
        assertHas(problems, "study.published.interval", 8, "low <= estimate <= high");
        assertHas(problems, "years", 2, "a study's years come from study.sample.years");
        assertHas(problems, "study.sample_size", 9, "unknown key 'sample_size'; allowed here: citation");
    }

    @Test
    void outcomeGradesOutsideTheSample_orAFollowUpAfterTheStudy_areReported() {
        List<Problem> problems = problems(STUDY.replace("year: 2, grades: 4-5,", "year: 3, grades: 7-8,"));
        assertHas(problems, "study.outcome.grades", 6, "grades within the sample's 3-5");
        assertHas(problems, "study.outcome.year", 6, "a follow-up year within the sample's 2 year(s)");
    }

    @Test
    void aFileWithoutAStudy_isNotAStudy() {
        List<Problem> problems = assertThrows(ScenarioException.class,
                () -> READER.readStudyString("title: plain\n", "plain.yaml")).problems();
        assertHas(problems, "study", 1, "missing, allowed: a map with keys citation");
    }

    @Test
    void normsHaveNoComparison_andEffectsHaveOne() {
        String norms = STUDY.replace("design: randomized", "design: norms");
        assertHas(problems(norms + "  comparison: business_as_usual\n"), "study.comparison", 8, "none with design norms");
        assertHas(problems(STUDY.replace("source", "x") + "  source: nobody-2099\n"), "study.source", 8,
                "a source id of the evidence registry");
    }

    private static List<Problem> problems(String yaml) {
        return assertThrows(ScenarioException.class, () -> READER.readStudyString(yaml, "bad.yaml")).problems();
    }

    private static void assertHas(List<Problem> problems, String field, int line, String text) {
        assertTrue(problems.stream().anyMatch(p -> p.field().equals(field) && p.line() == line
                && p.message().contains(text)), "no problem at " + field + " line " + line + " saying '" + text
                + "' in " + problems);
    }
}
