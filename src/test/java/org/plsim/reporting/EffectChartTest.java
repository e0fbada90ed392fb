package org.plsim.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.EffectSummary;
import org.plsim.analysis.MeanEstimate;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/** The run's effect chart, from summaries made by hand: what it draws, and when aligned tests get lines. */
class EffectChartTest {
    /** Two years of math and reading; aligned tests see {@code alignedExtra} SD more than standardized ones. */
    private static List<EffectSummary> summaries(double alignedExtra) {
        List<EffectSummary> rows = new ArrayList<>();
        for (int year = 0; year <= 2; year++) {
            for (Subject subject : Subject.TESTED) {
                double effect = 0.05 * year;
                rows.add(row(year, subject, Measure.ACHIEVEMENT, effect));
                rows.add(row(year, subject, Measure.ALIGNED_MASTERY, effect + (year > 0 ? alignedExtra : 0)));
            }
        }
        return rows;
    }

    private static EffectSummary row(int year, Subject subject, Measure measure, double effect) {
        MeanEstimate level = MeanEstimate.of(new double[] {0.1, 0.2, 0.3});
        return new EffectSummary(new EffectKey(year, Outcome.ALL_GRADES, subject, Subgroup.ALL, measure), level,
                level, MeanEstimate.of(new double[] {effect - 0.01, effect, effect + 0.01}));
    }

    @Test
    void whereAlignedTestsSeeAnotherEffect_theyGetLinesOfTheirOwn() {
        String svg = EffectChart.svg("demo", summaries(0.04));

        for (String name : List.of("Math, standardized tests", "Reading, standardized tests", "Math, aligned tests",
                "Reading, aligned tests")) {
            assertTrue(svg.contains(">" + name + "</text>"), name);
        }
        assertTrue(svg.contains("Math, aligned tests, year 2: +0.140 SD (95% CI"), "each point's value on hover");
    }

    @Test
    void whereAlignedTestsSeeTheSame_oneLinePerSubject_againstAZeroLine() {
        String svg = EffectChart.svg("demo", summaries(0));

        assertTrue(svg.contains(">Math</text>") && svg.contains(">Reading</text>"), svg);
        assertFalse(svg.contains("aligned"), "no second line that would hide under the first");
        assertTrue(svg.contains("dashed line at zero"), "a reference line for no effect");
        assertTrue(svg.contains("demo: effect of the plan (3 paired replicates)"));
    }

    @Test
    void theSameSummaries_drawTheSameBytes() {
        assertEquals(EffectChart.svg("demo", summaries(0.04)), EffectChart.svg("demo", summaries(0.04)));
    }
}
