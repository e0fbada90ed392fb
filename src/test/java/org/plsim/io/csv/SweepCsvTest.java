package org.plsim.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.MeanEstimate;
import org.plsim.analysis.sweep.ComponentEffect;
import org.plsim.analysis.sweep.GapChange;
import org.plsim.analysis.sweep.MorrisIndex;
import org.plsim.analysis.sweep.PointSummary;
import org.plsim.analysis.sweep.SubgroupGap;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

class SweepCsvTest {
    private static final EffectKey MATH = new EffectKey(2, Outcome.ALL_GRADES, Subject.MATH, Subgroup.ALL,
            Measure.ACHIEVEMENT);

    @TempDir
    Path tmp;

    @Test
    void summary_leavesWhatCannotBeEstimatedBlank() throws IOException {
        MeanEstimate once = MeanEstimate.of(new double[] {0.25});
        MeanEstimate twice = MeanEstimate.of(new double[] {0.2, 0.3});
        Path file = tmp.resolve("summary.csv");

        SweepSummaryCsv.write(file, "s", List.of("none", "a"), List.of(
                new PointSummary(1, MATH, once, once, once, 300, MeanEstimate.of(new double[] {120})),
                new PointSummary(0, MATH, twice, twice, twice, Double.NaN, null)));

        List<String> lines = Files.readAllLines(file);
        assertEquals(String.join(",", SweepSummaryCsv.COLUMNS), lines.get(0));
        assertEquals("s,1,a,2,all,math,all,achievement,SD units vs national norm,1,0.250000,0.250000,0.250000,,,,"
                + "9.870633,large,300.000000,120.000000,,,", lines.get(1));
        assertEquals("s,0,none,2,all,math,all,achievement,SD units vs national norm,2,0.250000,0.250000,0.250000,"
                + "0.070711,-0.385310,0.885310,9.870633,large,,,,,", lines.get(2));
    }

    @Test
    void componentMorrisAndEquityRows_carryTheirKeysAndIntervals() throws IOException {
        MeanEstimate e = MeanEstimate.of(new double[] {0.1, 0.3});
        ComponentEffectsCsv.write(tmp.resolve("c.csv"), "s",
                List.of(new ComponentEffect("a:b", List.of("a", "b"), MATH, e)));
        MorrisCsv.write(tmp.resolve("m.csv"), "s", List.of(new MorrisIndex("x", MATH, 4, 0.5, e, Double.NaN, 10, 20, 1)));
        EquityCsv.write(tmp.resolve("e.csv"), "s", List.of("none"), List.of(new GapChange(0, SubgroupGap.INCOME, 2,
                Outcome.ALL_GRADES, Subject.MATH, Measure.ACHIEVEMENT, e, e, e)));

        assertEquals("s,a:b,interaction,achievement,SD units vs national norm,math,all,all,2,0.200000,0.141421,"
                + "-1.070620,1.470620,2", Files.readAllLines(tmp.resolve("c.csv")).get(1));
        assertEquals("s,x,10.000000,20.000000,2,all,math,all,achievement,SD units vs national norm,4,2,0.500000,"
                + "0.200000,-1.070620,1.470620,,1", Files.readAllLines(tmp.resolve("m.csv")).get(1));
        assertEquals("s,0,none,income,not_low_income,low_income,2,all,math,achievement,SD units vs national norm,2,"
                + "0.200000,0.200000,0.200000,0.141421,-1.070620,1.470620", Files.readAllLines(tmp.resolve("e.csv")).get(1));
    }
}
