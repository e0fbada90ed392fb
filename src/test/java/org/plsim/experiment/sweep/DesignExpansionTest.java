package org.plsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.design.Expansion;
import org.plsim.experiment.sweep.design.Factor;
import org.plsim.experiment.sweep.design.MorrisStep;
import org.plsim.experiment.sweep.design.PointLabels;
import org.plsim.scenario.InvalidSpecException;

/** Design expansion: counts, order and labels of the listed designs; strata, ranges and steps of the drawn ones. */
class DesignExpansionTest {
    @Test
    void factorial_hasEveryCombination_lastFactorFastest_labelledByShortNames() {
        SweepSpec s = Sweeps.of(Sweeps.factorial(), List.of(
                Factor.ofLevels("components.blended_learning.adaptive_minutes_per_week.math", List.of(45, 90, 180)),
                Factor.ofLevels("components.blended_learning.software", List.of("adaptive", "computer_managed"))));
        List<DesignPoint> points = Designs.expand(s).points();
        assertEquals(6, points.size());
        List<String> labels = points.stream().map(DesignPoint::label).toList();
        assertEquals(List.of("math=45 software=adaptive", "math=45 software=computer_managed",
                "math=90 software=adaptive", "math=90 software=computer_managed",
                "math=180 software=adaptive", "math=180 software=computer_managed"), labels);
        for (int i = 0; i < points.size(); i++) {
            assertEquals(i, points.get(i).index());
        }
        assertEquals(List.of("components.blended_learning.adaptive_minutes_per_week.math",
                "components.blended_learning.software"), new ArrayList<>(points.get(0).settings().keySet()));
    }

    @Test
    void shortNames_growUntilNoOtherFactorSharesThem() {
        assertEquals(List.of("adaptive_minutes_per_week.math", "baseline.math", "peak"), PointLabels.shortNames(List.of(
                "components.blended_learning.adaptive_minutes_per_week.math", "district.baseline.math",
                "components.blended_learning.fidelity.peak")));
    }

    @Test
    void componentMix_isTwoToTheKMixesInBinaryOrder_fromNoneToAll() {
        List<DesignPoint> points = Designs.expand(Sweeps.of(Sweeps.mix("a", "b", "c"), List.of())).points();
        assertEquals(8, points.size());
        assertEquals(List.of("none", "a", "b", "a+b", "c", "a+c", "b+c", "a+b+c"),
                points.stream().map(DesignPoint::label).toList());
        assertEquals(Map.of("a", true, "b", false, "c", true), points.get(5).settings());
        assertEquals(List.of("a", "b", "c"), new ArrayList<>(points.get(5).settings().keySet()));
    }

    @Test
    void componentMix_crossedWithFactors_runsEveryLevelInEveryMix_mixOutermost() {
        SweepSpec s = Sweeps.of(Sweeps.mix("a", "b"),
                List.of(Factor.ofLevels("district.class_size", List.of(20, 24, 28))));
        List<DesignPoint> points = Designs.expand(s).points();
        assertEquals(4 * 3, points.size());
        assertEquals("none class_size=20", points.get(0).label());
        assertEquals("none class_size=28", points.get(2).label());
        assertEquals("a class_size=20", points.get(3).label());
        assertEquals("a+b class_size=28", points.get(11).label());
        assertEquals(true, points.get(11).settings().get("b"));
        assertEquals(28, points.get(11).settings().get("district.class_size"));
    }

    @Test
    void latinHypercube_putsExactlyOnePointInEachStratumOfEveryFactor() {
        int n = 25;
        List<Factor> factors = List.of(Sweeps.range("district.low_income_share", 0.2, 0.8),
                Sweeps.range("evidence.implementation.scale_attenuation", 0.33, 0.67),
                Sweeps.range("business_as_usual.teacher_attrition", 0.1, 0.2));
        List<DesignPoint> points = Designs.expand(Sweeps.of(Sweeps.sampled(DesignType.LATIN_HYPERCUBE, n), factors))
                .points();
        assertEquals(n, points.size());
        for (Factor f : factors) {
            Set<Integer> strata = new TreeSet<>();
            for (DesignPoint p : points) {
                double u = f.unit((Double) p.settings().get(f.path()));
                assertTrue(u >= 0 && u < 1, () -> f.path() + " " + u);
                strata.add((int) Math.floor(u * n));
            }
            assertEquals(n, strata.size(), () -> f.path() + " strata " + strata);
        }
        assertEquals("p00", points.get(0).label());
        assertEquals("p24", points.get(24).label());
    }

    @Test
    void latinHypercube_wholeNumberFactor_staysWholeAndCoversItsRange() {
        Factor ratio = Factor.ofRange("district.counselor_ratio", 250, 500, true);
        List<DesignPoint> points = Designs.expand(Sweeps.of(Sweeps.sampled(DesignType.LATIN_HYPERCUBE, 251),
                List.of(ratio))).points();
        Set<Long> values = new HashSet<>();
        points.forEach(p -> values.add((Long) p.settings().get(ratio.path())));
        assertEquals(251, values.size(), "251 strata over 251 whole numbers: each once");
        assertTrue(values.contains(250L) && values.contains(500L));
    }

    @Test
    void random_drawsEveryFactorWithinItsRange_andSpreadsAcrossIt() {
        Factor f = Sweeps.range("district.low_income_share", 0.4, 0.9);
        List<DesignPoint> points = Designs.expand(Sweeps.of(Sweeps.sampled(DesignType.RANDOM, 400), List.of(f)))
                .points();
        double min = 1;
        double max = 0;
        for (DesignPoint p : points) {
            double v = (Double) p.settings().get(f.path());
            assertTrue(v >= 0.4 && v < 0.9, () -> "out of range: " + v);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertTrue(min < 0.42 && max > 0.88, "400 uniform draws reach within 4% of both ends: " + min + " " + max);
    }

    @Test
    void morris_trajectoriesOfKPlusOnePoints_eachStepMovesOneFactorByDeltaOnTheGrid() {
        int r = 12;
        int p = 4;
        List<Factor> factors = List.of(Sweeps.range("a.x", 0, 10), Sweeps.range("b.y", -1, 1),
                Sweeps.range("c.z", 0.33, 0.67), Sweeps.range("d.w", 100, 500));
        SweepSpec s = Sweeps.of(Sweeps.morris(r, p), factors);
        Expansion e = Designs.expand(s);
        int k = factors.size();
        assertEquals(r * (k + 1), e.points().size());
        assertEquals(r * k, e.steps().size());
        assertEquals(r, e.trajectories().size());
        double delta = s.design().morrisDelta();
        assertEquals(2.0 / 3.0, delta, 1e-12);
        for (DesignPoint point : e.points()) {
            for (Factor f : factors) {
                double level = f.unit((Double) point.settings().get(f.path())) * (p - 1);
                assertEquals(Math.rint(level), level, 1e-9, "on the grid");
            }
        }
        for (List<Integer> trajectory : e.trajectories()) {
            assertEquals(k + 1, trajectory.size());
            Set<Integer> moved = new HashSet<>();
            for (int i = 1; i < trajectory.size(); i++) {
                DesignPoint from = e.points().get(trajectory.get(i - 1));
                DesignPoint to = e.points().get(trajectory.get(i));
                assertEquals(trajectory.get(i - 1) + 1, trajectory.get(i));
                List<Integer> changed = new ArrayList<>();
                for (int j = 0; j < k; j++) {
                    Factor f = factors.get(j);
                    double d = f.unit((Double) to.settings().get(f.path()))
                            - f.unit((Double) from.settings().get(f.path()));
                    if (Math.abs(d) > 1e-9) {
                        changed.add(j);
                        assertEquals(delta, Math.abs(d), 1e-9);
                    }
                }
                assertEquals(1, changed.size(), "exactly one factor moves per step");
                MorrisStep step = e.steps().get(trajectory.get(0) / (k + 1) * k + i - 1);
                assertEquals(changed.get(0), step.factor());
                assertEquals(from.index(), step.from());
                assertTrue(moved.add(step.factor()), "each factor moves once per trajectory");
            }
        }
    }

    @Test
    void morris_startsAndOrdersVaryBetweenTrajectories() {
        SweepSpec s = Sweeps.of(Sweeps.morris(20, 4), List.of(Sweeps.range("a", 0, 1), Sweeps.range("b", 0, 1),
                Sweeps.range("c", 0, 1)));
        Expansion e = Designs.expand(s);
        Set<Map<String, Object>> starts = new HashSet<>();
        Set<Integer> firstMoved = new HashSet<>();
        for (List<Integer> t : e.trajectories()) {
            starts.add(e.points().get(t.get(0)).settings());
        }
        for (MorrisStep step : e.steps()) {
            if (step.to() % 4 == 1) {
                firstMoved.add(step.factor());
            }
        }
        assertTrue(starts.size() > 5, "random starts: " + starts.size());
        assertEquals(Set.of(0, 1, 2), firstMoved, "random orders: each factor first somewhere");
    }

    @Test
    void morris_needsAnEvenGrid() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> Sweeps.morris(10, 5));
        assertEquals("levels", e.violations().get(0).field());
    }

    @Test
    void expansion_isAPureFunctionOfTheSweep_theSeedMovesOnlyDrawnDesigns() {
        List<Factor> ranges = List.of(Sweeps.range("a", 0, 1), Sweeps.range("b", 5, 6));
        for (DesignSpec d : List.of(Sweeps.sampled(DesignType.LATIN_HYPERCUBE, 10),
                Sweeps.sampled(DesignType.RANDOM, 10), Sweeps.morris(4, 4))) {
            assertEquals(Designs.expand(Sweeps.of(d, ranges, 1)), Designs.expand(Sweeps.of(d, ranges, 1)));
            assertNotEquals(Designs.expand(Sweeps.of(d, ranges, 1)).points(), Designs.expand(Sweeps.of(d, ranges, 2))
                    .points(), d::toString);
        }
        List<Factor> levels = List.of(Factor.ofLevels("a", List.of(1, 2)));
        assertEquals(Designs.expand(Sweeps.of(Sweeps.factorial(), levels, 1)),
                Designs.expand(Sweeps.of(Sweeps.factorial(), levels, 2)));
    }

    @Test
    void designAndFactorKinds_mustMatch() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> Sweeps.of(Sweeps.factorial(),
                List.of(Sweeps.range("district.low_income_share", 0.4, 0.9))));
        assertEquals("factors.district.low_income_share.range", e.violations().get(0).field());
        e = assertThrows(InvalidSpecException.class, () -> Sweeps.of(Sweeps.morris(4, 4),
                List.of(Factor.ofLevels("district.class_size", List.of(20, 24)))));
        assertEquals("factors.district.class_size.levels", e.violations().get(0).field());
    }

    @Test
    void sobol_isNTimesKPlus2Points_eachABRowIsARowOfAWithOneColumnFromB() {
        List<Factor> factors = List.of(Sweeps.range("a", 0, 1), Sweeps.range("b", 10, 20), Sweeps.range("c", -1, 1));
        SweepSpec s = Sweeps.of(Sweeps.sobol(8), factors);
        List<DesignPoint> points = Designs.expand(s).points();

        assertEquals(8 * 5, points.size());
        assertEquals(8 * 5, SweepSpec.pointCount(s.design(), factors));
        assertEquals(List.of("n0a", "n0b", "n0ab1", "n0ab2", "n0ab3", "n1a"),
                points.subList(0, 6).stream().map(DesignPoint::label).toList());
        for (int i = 0; i < 8; i++) {
            Map<String, Object> a = points.get(5 * i).settings();
            Map<String, Object> b = points.get(5 * i + 1).settings();
            for (int j = 0; j < 3; j++) {
                Map<String, Object> ab = points.get(5 * i + 2 + j).settings();
                for (int f = 0; f < 3; f++) {
                    String path = factors.get(f).path();
                    assertEquals(f == j ? b.get(path) : a.get(path), ab.get(path), "sample " + i + ", A_B " + j);
                }
            }
            for (Factor f : factors) {
                double v = (Double) a.get(f.path());
                assertTrue(v >= f.low() && v < f.high(), f.path() + " = " + v);
            }
        }
        assertNotEquals(points.get(5).settings(), points.get(10).settings(), "a quasi-random sequence moves on");
    }

    @Test
    void sobol_doublingN_keepsTheFirstPoints_andTheSeedMovesNothing() {
        List<Factor> factors = List.of(Sweeps.range("a", 0, 1), Sweeps.range("b", 0, 1));
        List<DesignPoint> small = Designs.expand(Sweeps.of(Sweeps.sobol(16), factors, 1L)).points();
        List<DesignPoint> large = Designs.expand(Sweeps.of(Sweeps.sobol(32), factors, 2L)).points();

        for (int p = 0; p < small.size(); p++) {
            assertEquals(small.get(p).settings(), large.get(p).settings(), "point " + p);
        }
    }

    @Test
    void sobol_needsTwoOrMoreSamples_andRanges() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> Sweeps.sobol(1));
        assertTrue(e.getMessage().contains("samples"), e.getMessage());
        e = assertThrows(InvalidSpecException.class, () -> Sweeps.of(Sweeps.sobol(4),
                List.of(Factor.ofLevels("a", List.of(1, 2)))));
        assertTrue(e.getMessage().contains("range: [low, high]"), e.getMessage());
    }

    @Test
    void sobol_mayHave200000Points_theMethodsOwnSize_andNotOneMore() {
        List<Factor> two = List.of(Sweeps.range("a", 0, 1), Sweeps.range("b", 0, 1));
        SweepSpec atCap = Sweeps.of(Sweeps.sobol(50_000), two);
        assertEquals(DesignSpec.MAX_SOBOL_POINTS, SweepSpec.pointCount(atCap.design(), atCap.factors()));

        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> Sweeps.of(Sweeps.sobol(50_001), two));
        assertTrue(e.getMessage().contains("found 200004 design points")
                && e.getMessage().contains("at most 200000 for a sobol design (N(k + 2) points")
                && e.getMessage().contains("fewer samples, or fewer factors after a morris screen"), e.getMessage());
        e = assertThrows(InvalidSpecException.class, () -> Sweeps.sobol(DesignSpec.MAX_SOBOL_SAMPLES + 1));
        assertTrue(e.getMessage().contains("samples: found 66667, allowed: a whole number from 2 to 66666"),
                e.getMessage());
    }

    @Test
    void otherDesigns_keepThe10000PointCap_andAreToldSobolsIsHigher() {
        assertThrows(InvalidSpecException.class, () -> Sweeps.sampled(DesignType.LATIN_HYPERCUBE, 10_001));
        List<Factor> grid = new ArrayList<>();
        for (String path : List.of("a", "b", "c", "d", "e")) {
            grid.add(Factor.ofLevels(path, List.of(1, 2, 3, 4, 5, 6, 7)));
        }
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> Sweeps.of(Sweeps.factorial(), grid));
        assertTrue(e.getMessage().contains("found 16807 design points")
                && e.getMessage().contains("at most 10000 (fewer levels, factors, points or trajectories; a sobol "
                        + "design may have 200000)"), e.getMessage());
    }
}
