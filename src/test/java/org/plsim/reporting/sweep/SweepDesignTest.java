package org.plsim.reporting.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plsim.analysis.sweep.Design;
import org.plsim.testing.SyntheticSweep;
import org.plsim.testing.TestSweepPlan;

class SweepDesignTest {
    @TempDir
    Path tmp;

    @Test
    void switchesBecomeOnOff_numbersLoseTrailingZeros_andBothGetLevels() {
        Map<String, List<Object>> levels = new LinkedHashMap<>();
        levels.put("minutes", List.of(30, 60));
        levels.put("fidelity", List.of(0.5, 1.0));
        levels.put("school_group", List.of("elementary", "high"));
        Design d = SweepDesign.of(TestSweepPlan.factorial("g", levels, 1));

        assertEquals(List.of("60", "1", "elementary"), d.text().get(3));
        assertArrayEquals(new double[] {60, 1.0, Double.NaN}, d.levels()[3]);
        assertTrue(d.isNumeric(0) && d.isNumeric(1));
        assertTrue(!d.isNumeric(2) && !d.isSwitch(2));

        Design mix = SweepDesign.of(TestSweepPlan.componentMix("m", List.of("a", "b"), 1));
        assertEquals(List.of("on", "off"), mix.text().get(1));
        assertTrue(mix.isSwitch(0) && mix.isSwitch(1));
        assertEquals(List.of("none", "a", "b", "a+b"), mix.labels());
    }

    @Test
    void aDesignCsvWithAPointMissing_isRefused() throws IOException {
        TestSweepPlan plan = TestSweepPlan.componentMix("m", List.of("a", "b"), 1);
        Path file = tmp.resolve("design.csv");
        SyntheticSweep.writeDesign(file, "m", plan.factors(), plan.points().subList(0, 3));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepDesign.check(file, plan));

        assertTrue(e.getMessage().endsWith("design.csv: points: found 3, allowed: 4"), e.getMessage());
        SyntheticSweep.writeDesign(file, "m", plan.factors(), plan.points());
        SweepDesign.check(file, plan);
        Files.writeString(file, Files.readString(file).replace("a+b", "b+a"));
        assertThrows(IllegalArgumentException.class, () -> SweepDesign.check(file, plan));
    }

    @Test
    void shortLabels_abbreviateComponents_andKeyThem() {
        ShortLabels s = ShortLabels.of(SweepDesign.of(TestSweepPlan.componentMix("m",
                List.of("blended_learning", "learning_plans"), 1)));

        assertEquals("BL+LP", s.of(3));
        assertEquals("none", s.of(0));
        assertEquals("BL = blended_learning, LP = learning_plans", s.key());
        assertEquals("p01", ShortLabels.of(SweepDesign.of(TestSweepPlan.factorial("g",
                Map.of("x", List.of(1, 2)), 1))).of(1));
    }

    @Test
    void shortLabels_thatWouldCollideWhenCut_becomeTheValues_withAKey() {
        List<String> factors = List.of("components.blended_learning.fidelity.start",
                "components.learning_plans.fidelity.start");
        List<List<String>> text = List.of(List.of("0.4", "0.4"), List.of("0.4", "0.6"), List.of("0.6", "0.4"));
        List<String> labels = text.stream().map(t -> "blended_learning.fidelity.start=" + t.get(0)
                + " learning_plans.fidelity.start=" + t.get(1)).toList();
        Design d = new Design("c", Design.FACTORIAL, factors, labels, text, new double[3][2], List.of());

        ShortLabels s = ShortLabels.of(d);

        assertEquals(List.of("0.4/0.4", "0.4/0.6", "0.6/0.4"), List.of(s.of(0), s.of(1), s.of(2)));
        assertEquals("label = components.blended_learning.fidelity.start / components.learning_plans.fidelity.start",
                s.key());
    }

    @Test
    void repeatedLabels_areToldApartByTheirPointNumber_withinTheLimit() {
        List<String> u = ShortLabels.unique(List.of("same", "other", "same", "x".repeat(ShortLabels.MAX)));
        assertEquals(List.of("same #0", "other", "same #2", "x".repeat(ShortLabels.MAX)), u);
        List<String> long2 = ShortLabels.unique(List.of("y".repeat(ShortLabels.MAX), "y".repeat(ShortLabels.MAX)));
        assertEquals(2, long2.stream().distinct().count());
        assertTrue(long2.stream().allMatch(l -> l.length() <= ShortLabels.MAX), long2.toString());
    }
}
