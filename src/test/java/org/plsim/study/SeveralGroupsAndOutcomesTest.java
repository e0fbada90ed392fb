package org.plsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.io.input.HeapBudget;
import org.plsim.io.input.ScenarioReader;
import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.SchoolGroup;

/** A study sample of several school groups, and a study file with several outcomes, each with its own result. */
public class SeveralGroupsAndOutcomesTest {
    private static final ScenarioReader READER = new ScenarioReader(new HeapBudget(Long.MAX_VALUE, 1));
    public static final String STUDY = """
            title: a K-8 trial, math and reading
            replicates: 4
            components:
              blended_learning:
                adaptive_minutes_per_week: {math: 90, reading: 60}
                rollout: {grades: 3-8}
            study:
              citation: "Somebody (2021). A trial in elementary and middle schools."
              design: cluster_rct
              treated_share: 0.6
              sample:
                years: 1
                groups:
                  - {name: elementary, students: 720, schools: 4, grades: K-5}
                  - {name: middle, students: 900, schools: 1, grades: 6-8}
              outcomes:
                - name: math
                  measure: achievement
                  subject: math
                  grades: 3-8
                  published: {estimate: 0.10, low: -0.5, high: 0.5, interval: "95% CI"}
                - name: reading
                  measure: achievement
                  subject: reading
                  grades: 6-8
                  published: {estimate: 0.05, low: -0.5, high: 0.5, interval: "95% CI"}
                  known_gap: "an example of a stated gap"
            """;

    @Test
    void severalSchoolGroups_becomeTheStudysDistrict_groupByGroup() throws ScenarioException {
        StudyScenario s = READER.readStudyString(STUDY, "k8.yaml");
        List<SchoolGroup> groups = s.spec().district().schools();
        assertEquals(List.of("elementary", "middle"), groups.stream().map(SchoolGroup::name).toList());
        assertEquals(4, groups.get(0).count());
        assertEquals(30, groups.get(0).studentsPerGrade(), "720 / (4 schools x 6 grades)");
        assertEquals(300, groups.get(1).studentsPerGrade(), "one large middle school: 900 / 3 grades");
        assertEquals(1620, s.spec().district().students());
        assertEquals(5, s.study().sample().schools());
        assertEquals("K-5; 6-8", s.study().sample().gradeLabel());
        assertEquals(0.6, s.study().treatedShare());
    }

    @Test
    void severalOutcomes_eachGetARowWithItsOwnPublishedResult_fromTheSameReplicates() throws ScenarioException {
        StudyScenario s = READER.readStudyString(STUDY, "k8.yaml");
        assertEquals(2, s.study().findings().size());
        assertThrows(IllegalStateException.class, () -> s.study().outcome(), "which outcome? take each()");
        List<Reproduction> rows = new Reproducer(new ScenarioRunner(ComponentRegistry.discover(), 2), 4)
                .reproduceEach(s, ProgressListener.NONE);
        assertEquals(List.of("k8/math", "k8/reading"), rows.stream().map(Reproduction::id).toList());
        assertEquals(Subject.MATH, rows.get(0).study().outcome().subject());
        assertEquals(Subject.READING, rows.get(1).study().outcome().subject());
        assertEquals(0.10, rows.get(0).study().published().estimate());
        assertEquals(0.05, rows.get(1).study().published().estimate());
        assertTrue(!rows.get(0).study().hasKnownGap() && rows.get(1).study().hasKnownGap());
        assertEquals(rows.get(0).replicates(), rows.get(1).replicates());
        assertTrue(rows.get(0).model().mean() != rows.get(1).model().mean(), "two outcomes, two numbers");
    }

    @Test
    void aSingleOutcomeFile_keepsItsIdAndRow() throws ScenarioException {
        StudyScenario s = READER.readStudyString(StudyReaderTest.STUDY, "a-study.yaml");
        assertEquals("a-study", s.id());
        assertEquals(List.of(s.study()), s.study().each());
        assertEquals("study", s.spec().district().schools().get(0).name());
    }

    @Test
    void mixedForms_duplicateNames_andOutcomesOutsideTheGroups_areReportedAtTheirLines() {
        assertHas(problems(STUDY.replace("    years: 1\n", "    years: 1\n    students: 50\n")),
                "study.sample.students", 13, "either groups");
        assertHas(problems(STUDY.replace("name: reading", "name: math")), "study.outcomes[1].name", 22,
                "each once");
        assertHas(problems(STUDY.replace("      grades: 6-8\n", "      grades: 9-10\n")), "study.outcomes[1].grades", 25,
                "grades within the sample's K-5; 6-8");
        assertHas(problems(STUDY + "  published: {estimate: 0, low: -1, high: 1, interval: x}\n"), "study.published",
                28, "given beside outcomes");
        assertHas(problems(STUDY.replace("design: cluster_rct", "design: rollout")), "study.treated_share", 10,
                "1 (a rollout has no treatment group");
        assertHas(problems(STUDY.replace("replicates: 4\n", "replicates: 4\ndistrict: {treated_share: 0.5}\n")),
                "district.treated_share", 3, "comes from study.design");
        assertHas(problems(STUDY.replace("replicates: 4\n", "replicates: 4\ndistrict: {implementing_unit: city}\n")),
                "district.implementing_unit", 3, "allowed: district, school_group, school");
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
