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
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * A study that reports one effect averaged over its years ({@code year: 1-3}): the model pools the same
 * years student-weighted, with the interval over replicates that any result has.
 */
class PooledYearsTest {
    private static final ScenarioReader READER = new ScenarioReader(new HeapBudget(Long.MAX_VALUE, 1));
    private static final String STUDY = """
            title: a pooled study
            components:
              blended_learning:
                adaptive_minutes_per_week: {math: 90, reading: 0}
                fidelity: {by_year: [0.3, 0.9]}
            study:
              citation: "Synthetic: blended learning, effect pooled over two years"
              design: rct
              sample: {students: 240, schools: 1, grades: 4-5, years: 2}
              outcome: {measure: achievement, subject: math, year: 1-2}
              published: {estimate: 0.1, low: 0.0, high: 0.2, interval: synthetic}
            """;

    private static Outcome math(int year, int grade, double value, long n) {
        return new Outcome(year, grade, Subject.MATH, Subgroup.ALL, Measure.ACHIEVEMENT, value, n);
    }

    @Test
    void aPooledResult_weighsEachYearAndGradeByItsStudents_andLeavesOtherYearsOut() {
        List<Outcome> arm = List.of(math(1, 4, 0.10, 100), math(1, 5, 0.20, 50), math(2, 4, 0.40, 50),
                math(2, 5, 0.30, 100), math(3, 4, 9.0, 100), math(1, Outcome.ALL_GRADES, 7.0, 150));
        StudyOutcome pooled = new StudyOutcome(Measure.ACHIEVEMENT, Subject.MATH, 1, 2, 4, 5, Subgroup.ALL);
        // (0.10·100 + 0.20·50 + 0.40·50 + 0.30·100) / 300 = 70 / 300.
        assertEquals(70.0 / 300, StudyValues.pooled(arm, pooled), 1e-15);
        StudyOutcome yearTwo = new StudyOutcome(Measure.ACHIEVEMENT, Subject.MATH, 2, 4, 5, Subgroup.ALL);
        assertEquals((0.40 * 50 + 0.30 * 100) / 150, StudyValues.pooled(arm, yearTwo), 1e-15);
        assertEquals("achievement (math), grades 4-5, pooled over years 1-2", pooled.describe());
        assertEquals("1-2", pooled.yearLabel());
        assertEquals("2", yearTwo.yearLabel());
    }

    @Test
    void theModelPoolsTheStudysYears_betweenItsFirstAndSecondYearEffects() throws Exception {
        StudyScenario pooled = READER.readStudyString(STUDY, "pooled.yaml");
        StudyScenario first = READER.readStudyString(STUDY.replace("year: 1-2", "year: 1"), "first.yaml");
        StudyScenario second = READER.readStudyString(STUDY.replace("year: 1-2", "year: 2"), "second.yaml");
        assertEquals(1, pooled.study().outcome().firstYear());
        assertEquals(2, pooled.study().outcome().year());
        Reproducer reproducer = new Reproducer(new ScenarioRunner(ComponentRegistry.discover(), 2), 4);
        Reproduction p = reproducer.run(pooled, 4, ProgressListener.NONE);
        double one = reproducer.run(first, 4, ProgressListener.NONE).model().mean();
        double two = reproducer.run(second, 4, ProgressListener.NONE).model().mean();
        System.out.printf("pooled study: year 1 %.4f, year 2 %.4f, pooled 1-2 %.4f [%.4f, %.4f]%n", one, two,
                p.model().mean(), p.model().ciLow(), p.model().ciHigh());
        assertTrue(one < two, "fidelity rises: " + one + " → " + two);
        assertTrue(p.model().mean() > one && p.model().mean() < two, "pooled between: " + p.model().mean());
        assertTrue(p.model().ciLow() < p.model().mean() && p.model().mean() < p.model().ciHigh(), "an interval");
    }

    @Test
    void aBackwardSpan_orASpanPastTheSample_isReportedWithWhatIsAllowed() {
        List<Problem> backward = assertThrows(ScenarioException.class,
                () -> READER.readStudyString(STUDY.replace("year: 1-2", "year: 2-1"), "bad.yaml")).problems();
        assertTrue(backward.stream().anyMatch(p -> p.field().equals("study.outcome.year") && p.line() == 10
                && p.message().contains("a span FIRST-LAST")), backward.toString());
        List<Problem> past = assertThrows(ScenarioException.class,
                () -> READER.readStudyString(STUDY.replace("year: 1-2", "year: 1-3"), "bad.yaml")).problems();
        assertTrue(past.stream().anyMatch(p -> p.field().equals("study.outcome.year") && p.line() == 10
                && p.message().contains("within the sample's 2 year(s)") && p.message().contains("1-3")),
                past.toString());
    }
}
