package org.plsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plsim.model.DistrictModel;
import org.plsim.scenario.ScenarioSpec;

class WeekDriverTest {

    @Test
    void oneYear_countsEveryStudentWeek_andOnlyTheMiddleWeeksAsStepping() {
        ScenarioSpec spec = BenchDistricts.ofSize(1_000, 1, 36);
        long students = spec.district().students();
        RunTiming t = WeekDriver.time(() -> new DistrictModel(spec, 1L, List.of(), o -> { }, 1), 36, 36,
                m -> m.district().students());
        assertEquals(students * 36, t.studentWeeks());
        assertEquals(students * 34, t.ordinaryStudentWeeks(), "weeks 1 to 34: neither first nor last");
        assertTrue(t.buildNanos() > 0 && t.buildNanos() < t.totalNanos());
        assertTrue(t.ordinaryNanos() > 0 && t.ordinaryNanos() < t.totalNanos());
    }

    @Test
    void median_ofAnEvenCount_isTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, Samples.median(new double[] {4, 1, 3, 2}));
        assertEquals(3.0, Samples.median(new double[] {5, 3, 1}));
    }
}
