package org.plsim.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plsim.analysis.MeanEstimate;

class ComponentContrastsTest {
    /** t(0.975, df = 1) = 12.7062. */
    private static final double T_975_DF1 = 12.706204736174698;

    /** Points (A, B): 0 = (off, off), 1 = (on, off), 2 = (off, on), 3 = (on, on). */
    private static Design twoByTwo() {
        List<List<String>> text = List.of(List.of("off", "off"), List.of("on", "off"), List.of("off", "on"),
                List.of("on", "on"));
        double[][] levels = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
        return new Design("mix", Design.COMPONENT_MIX, List.of("a", "b"), List.of("none", "a", "b", "a+b"), text,
                levels, List.of());
    }

    // Replicate 0: A alone +0.20, B alone +0.10, both +0.34 (synergy c = 0.04).
    // Replicate 1: A alone +0.22, B alone +0.08, both +0.36 (c = 0.06).
    private static final double[][] Y = {{0, 0.20, 0.10, 0.34}, {0, 0.22, 0.08, 0.36}};

    private static Map<String, ComponentEffect> contrasts(double noise) {
        SweepRuns runs = Runs.effects(4, 2, List.of(Runs.math(1)), (p, r, k) -> Y[r][p] + noise * (r + 1));
        return ComponentContrasts.of(twoByTwo(), runs).stream()
                .collect(Collectors.toMap(ComponentEffect::term, Function.identity()));
    }

    @Test
    void twoByTwo_givesTheTextbookContrastsPerReplicate_thenTheirMeanAndTInterval() {
        Map<String, ComponentEffect> c = contrasts(0);

        // A_r = (y10 + y11 − y00 − y01) / 2: r0 (0.20 + 0.34 − 0.10) / 2 = 0.22, r1 (0.22 + 0.36 − 0.08) / 2 = 0.25
        assertEstimate(0.235, 0.03 / Math.sqrt(2), c.get("a").estimate());
        // B_r = (y01 + y11 − y00 − y10) / 2: r0 0.12, r1 0.11
        assertEstimate(0.115, 0.01 / Math.sqrt(2), c.get("b").estimate());
        // AB_r = (y00 + y11 − y10 − y01) / 2 = c / 2: r0 0.02, r1 0.03
        assertEstimate(0.025, 0.01 / Math.sqrt(2), c.get("a:b").estimate());
        assertEquals(List.of("a", "b"), c.get("a:b").components());
        assertEquals("interaction", c.get("a:b").kind());
        assertEquals("main", c.get("a").kind());
    }

    @Test
    void noiseSharedByAReplicatesPoints_cancelsInEveryContrast() {
        Map<String, ComponentEffect> quiet = contrasts(0);
        Map<String, ComponentEffect> noisy = contrasts(0.5);

        for (String term : List.of("a", "b", "a:b")) {
            assertEquals(quiet.get(term).estimate().mean(), noisy.get(term).estimate().mean(), 1e-12);
            assertEquals(quiet.get(term).estimate().sd(), noisy.get(term).estimate().sd(), 1e-12);
        }
    }

    @Test
    void termsComeKeyByKey_mainEffectsInDesignOrderThenInteractions() {
        SweepRuns runs = Runs.effects(4, 2, List.of(Runs.math(2), Runs.math(1)), (p, r, k) -> Y[r][p]);

        List<ComponentEffect> all = ComponentContrasts.of(twoByTwo(), runs);

        assertEquals(List.of("a", "b", "a:b", "a", "b", "a:b"), all.stream().map(ComponentEffect::term).toList());
        assertEquals(List.of(1, 1, 1, 2, 2, 2), all.stream().map(e -> e.key().year()).toList());
    }

    @Test
    void aReplicateMissingAtOnePoint_isLeftOutOfTheContrast() {
        SweepRuns runs = Runs.effects(4, 2, List.of(Runs.math(1)), (p, r, k) -> r == 1 && p == 3 ? Double.NaN : Y[r][p]);

        ComponentEffect a = ComponentContrasts.of(twoByTwo(), runs).get(0);

        assertEquals(1, a.estimate().n());
        assertEquals(0.22, a.estimate().mean(), 1e-12);
    }

    private static void assertEstimate(double mean, double sd, MeanEstimate e) {
        assertEquals(2, e.n());
        assertEquals(mean, e.mean(), 1e-12);
        assertEquals(sd, e.sd(), 1e-12);
        double half = T_975_DF1 * sd / Math.sqrt(2);
        assertEquals(mean - half, e.ciLow(), 1e-9);
        assertEquals(mean + half, e.ciHigh(), 1e-9);
    }
}
