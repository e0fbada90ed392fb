package org.plsim.reporting.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.plsim.analysis.sweep.RunsTable;
import org.plsim.analysis.sweep.SweepResults;
import org.plsim.model.observe.Subject;
import org.plsim.testing.ExampleSweeps;
import org.plsim.testing.TestSweepPlan;

/** The charts' content: titles with the sweep, outcome and n; units on the axes; the right points plotted. */
class SweepChartsTest {
    private static final String SD = "(SD units vs national norm)";
    @TempDir
    static Path dir;
    static HeadlineRows mix;
    static HeadlineRows grid;
    static HeadlineRows morris;

    @BeforeAll
    static void analyse() throws IOException {
        mix = rows(dir.resolve("mix"), ExampleSweeps.mathOnly()::componentMix);
        grid = rows(dir.resolve("grid"), ExampleSweeps.mathOnly()::factorial);
        morris = rows(dir.resolve("morris"), ExampleSweeps.mathOnly()::morris);
    }

    interface Maker {
        TestSweepPlan make(Path folder, int years, int replicates) throws IOException;
    }

    static HeadlineRows rows(Path folder, Maker maker) throws IOException {
        java.nio.file.Files.createDirectories(folder);
        TestSweepPlan plan = maker.make(folder, 2, 3);
        SweepResults r = SweepResults.of(SweepDesign.of(plan), RunsTable.read(folder.resolve("runs.csv"),
                plan.sweepId(), plan.points().size()));
        return new HeadlineRows(r, r.headline().orElseThrow(), Subject.MATH);
    }

    private static void assertTitled(Chart<?, ?> chart, String... parts) {
        for (String p : parts) {
            assertTrue(chart.getTitle().contains(p), chart.getTitle() + " lacks " + p);
        }
    }

    @Test
    void effectByPoint_ranksTheMixesWithShortLabels_andSaysNAndUnits() {
        CategoryChart c = EffectByPointChart.of(mix);

        assertTitled(c, "mix-demo", "achievement (math)", "year 2", "n = 3 replicates per point");
        assertEquals("Effect vs business as usual " + SD, c.getYAxisTitle());
        assertTrue(c.getXAxisTitle().contains("BL = blended_learning"), c.getXAxisTitle());
        List<?> labels = c.getSeriesMap().values().iterator().next().getXData().stream().toList();
        assertEquals("BL+CP+LP+P", labels.get(0));
        assertEquals("none", labels.get(15));
    }

    @Test
    void trajectories_showTheTopEightAndBusinessAsUsual_byYear() {
        XYChart c = TrajectoriesChart.of(mix);

        assertTitled(c, "top 8 of 16", "n = 3");
        assertEquals("School year of the grant (0 = baseline fall)", c.getXAxisTitle());
        assertTrue(c.getSeriesMap().containsKey("business as usual"));
        assertArrayEquals(new double[] {0, 1, 2}, c.getSeriesMap().get("BL+CP+LP+P").getXData());
        assertTrue(c.getSeriesMap().containsKey("P = partnerships"), "the key to the abbreviations");
    }

    @Test
    void costEffect_joinsTheFrontierInOrderOfCost_andPutsDollarsOnTheAxis() {
        XYChart c = CostEffectChart.of(mix).orElseThrow();

        assertTrue(c.getXAxisTitle().startsWith("Cost per student, years 1-2 (US dollars)"), c.getXAxisTitle());
        double[] cost = c.getSeriesMap().get("efficient frontier").getXData();
        double[] effect = c.getSeriesMap().get("efficient frontier").getYData();
        assertEquals(0, cost[0], 1e-9, "doing nothing costs nothing and is on the frontier");
        for (int i = 1; i < cost.length; i++) {
            assertTrue(cost[i] > cost[i - 1] && effect[i] > effect[i - 1], "each step costs more and gains more");
        }
        assertEquals(16, cost.length + c.getSeriesMap().get("other points").getXData().length);
    }

    @Test
    void ranking_ofAComponentMix_putsTheLargestTermFirst_interactionsWrittenWithTimes() {
        CategoryChart c = RankingChart.of(mix).orElseThrow();

        List<?> terms = c.getSeriesMap().values().iterator().next().getXData().stream().toList();
        assertEquals(10, terms.size());
        assertEquals("blended_learning", terms.get(0));
        assertTrue(terms.contains("blended_learning × competency_progression"));
        assertEquals("Effect " + SD, c.getYAxisTitle());
    }

    @Test
    void heatmap_ofAGrid_putsTheFirstFactorAcrossAndTheSecondUp() {
        var c = FactorHeatmap.of(grid).orElseThrow();

        assertEquals("components.blended_learning.minutes_per_week", c.getXAxisTitle());
        assertEquals("components.blended_learning.fidelity", c.getYAxisTitle());
        assertEquals(List.of("30", "60", "90"), c.getHeatMapSeries().getXData());
        assertEquals(9, c.getHeatMapSeries().getHeatData().size());
        assertTrue(FactorHeatmap.of(mix).isEmpty(), "a component mix is not a factorial grid");
    }

    @Test
    void morris_placesEachFactorAtMuStarAndSigma_namedByRank() {
        XYChart c = MorrisChart.of(morris).orElseThrow();

        assertTitled(c, "morris-demo", "Morris screening", "n = 3 replicates");
        assertTrue(c.getXAxisTitle().startsWith("μ*, mean |elementary effect| over up to 4 trajectories"));
        assertTrue(c.getYAxisTitle().endsWith("(SD units vs national norm per factor range)"));
        assertEquals(List.of("1. evidence.blended.effect", "2. evidence.plans.effect", "3. evidence.attrition"),
                List.copyOf(c.getSeriesMap().keySet()));
        assertTrue(MorrisChart.of(mix).isEmpty());
    }

    @Test
    void equity_drawsEachGap_withUnitsAndTheSign() {
        CategoryChart c = EquityChart.of(mix).orElseThrow();

        assertTitled(c, "below 0 = narrowed", "n = 3");
        assertEquals("Change in gap " + SD, c.getYAxisTitle());
        assertEquals(List.of("not_low_income − low_income", "prior_q4 − prior_q1", "all − english_learner",
                "all − disability"), List.copyOf(c.getSeriesMap().keySet()));
    }

    @Test
    void theReplicateNote_saysWhenThereIsNoIntervalOrWhenPointsDiffer() {
        org.plsim.analysis.sweep.PointSummary three = mix.byPoint().get(0);
        org.plsim.analysis.MeanEstimate once = org.plsim.analysis.MeanEstimate.of(new double[] {0.1});
        org.plsim.analysis.sweep.PointSummary one = new org.plsim.analysis.sweep.PointSummary(1, three.key(), once,
                once, once, Double.NaN, null);

        assertEquals("n = 3 replicates per point", ChartStyle.replicates(List.of(three)));
        assertEquals("n = 1 replicate per point, no CI", ChartStyle.replicates(List.of(one)));
        assertEquals("n = 1–3 replicates per point", ChartStyle.replicates(List.of(one, three)));
        assertEquals(0, ChartStyle.halfWidth(once));
    }
}
