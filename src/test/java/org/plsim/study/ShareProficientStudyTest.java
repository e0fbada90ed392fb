package org.plsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.io.input.HeapBudget;
import org.plsim.io.input.ScenarioReader;
import org.plsim.model.observe.Measure;

/** A study reporting the share proficient on a state test: its cut set in the file, its effect in points. */
class ShareProficientStudyTest {
    private static final String STUDY = """
            title: a proficiency study
            business_as_usual:
              proficient_cut_percentile: 60
            components:
              blended_learning:
                adaptive_minutes_per_week: {math: 90, reading: 0}
                fidelity: {by_year: [0.9]}
            study:
              citation: "Synthetic: blended learning, share proficient in math on the state test"
              design: rct
              sample: {students: 300, schools: 1, grades: 3-5, years: 1}
              outcome: {measure: share_proficient, subject: math}
              published: {estimate: 3, low: 0, high: 6, interval: synthetic}
            """;

    @Test
    void aShareProficientStudy_runsAtItsCut_andReportsPercentagePoints() throws Exception {
        StudyScenario s = new ScenarioReader(new HeapBudget(Long.MAX_VALUE, 1)).readStudyString(STUDY, "p.yaml");
        assertEquals(60.0, s.spec().bau().proficientCut(), 0.0);
        assertEquals(Measure.PROFICIENT, s.study().outcome().measure());
        assertEquals("percentage points of students", s.study().unit());
        Reproduction r = new Reproducer(new ScenarioRunner(ComponentRegistry.discover(), 2), 4)
                .run(s, 4, ProgressListener.NONE);
        System.out.printf("share proficient effect: %.2f points [%.2f, %.2f]%n", r.model().mean(),
                r.model().ciLow(), r.model().ciHigh());
        assertTrue(r.model().mean() > 0 && r.model().mean() < 15, "a gain of a few points: " + r.model().mean());
    }
}
