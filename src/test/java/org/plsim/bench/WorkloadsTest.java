package org.plsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.plsim.components.ComponentRegistry;
import org.plsim.io.input.ScenarioReader;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Uncertainty;

/** The pieces of the workloads: what they run and how they sum up (never how fast). */
class WorkloadsTest {
    private static final ComponentRegistry REGISTRY = ComponentRegistry.discover();

    @Test
    void workloads_parseByName_anyCase_withAllForEveryOne() {
        assertEquals(EnumSet.of(Workload.BAU, Workload.PREVIEW), Workload.parse(List.of("preview", "BAU")));
        assertEquals(EnumSet.allOf(Workload.class), Workload.parse(List.of("all")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Workload.parse(List.of("bau", "tutoring")));
        assertTrue(e.getMessage().contains("tutoring") && e.getMessage().contains("fixed-cost"), e.getMessage());
    }

    @Test
    void p95_isTheNearestRank_soOfFewRunsItIsTheSlowest() {
        assertEquals(5.0, Samples.p95(new double[] {3, 5, 1, 2, 4}));
        double[] twenty = new double[20];
        for (int i = 0; i < 20; i++) {
            twenty[i] = i + 1;
        }
        assertEquals(19.0, Samples.p95(twenty));
        assertEquals(7.0, Samples.p95(new double[] {7}));
    }

    @Test
    void allFour_runsOnTheDistrictsOf100kAndMore_andComponentsOnTheSmallestOfThose() {
        BenchConfig standard = BenchConfig.standard();
        assertEquals(List.of(100_000L, 350_000L), standard.allFourSizes());
        assertEquals(100_000L, standard.componentSize());
        assertEquals(List.of(5_000L), BenchConfig.quick().allFourSizes());
        assertEquals(List.of(20_000L), standard.withSizes(List.of(20_000L, 3_000L)).allFourSizes());
        assertEquals(EnumSet.allOf(Workload.class), standard.workloads());
    }

    @Test
    void theAllFourPlan_isTheComponentsBlockOfTheShippedScenario() throws Exception {
        BenchHost host = new BenchHost(Path.of(""), Optional.empty(), "", REGISTRY, spec -> null);
        List<ComponentSpec> plan = host.allFourPlan().orElseThrow();
        ScenarioSpec shipped = new ScenarioReader().read(Path.of(BenchHost.ALL_FOUR));
        assertEquals(shipped.components(), plan);
        assertEquals(List.of("blended_learning", "learning_plans", "competency_progression", "partnerships"),
                plan.stream().map(ComponentSpec::name).toList());

        ScenarioSpec bench = PairedRunBench.spec(100_000, plan);
        assertEquals(Uncertainty.NONE, bench.uncertainty(), "central evidence values");
        assertNull(bench.budget(), "full coverage: no budget scales the plan down");
        assertEquals(1, bench.replicates());
        assertEquals(4, bench.years());
        assertEquals(BenchDistricts.ofSize(100_000).district(), bench.district());

        BenchHost elsewhere = new BenchHost(Path.of("no-such-folder"), Optional.empty(), "", REGISTRY, spec -> null);
        assertTrue(elsewhere.allFourPlan().isEmpty());
    }

    @Test
    void theTinyScenario_is130StudentsOneYearOneReplicate() throws Exception {
        ScenarioSpec tiny = new ScenarioReader().readString(FixedCostBench.TINY_SCENARIO, "tiny.yaml");
        assertEquals(FixedCostBench.TINY_STUDENTS, tiny.district().students());
        assertEquals(1, tiny.years());
        assertEquals(1, tiny.replicates());
        assertEquals(List.of(), tiny.components());
    }

    @Test
    void withoutTheLauncher_plsimRunsOnThisClassPath_madeAbsolute() {
        BenchHost host = new BenchHost(Path.of(""), Optional.empty(), BenchHost.absolute("a.jar:lib/*"), REGISTRY,
                spec -> null);
        List<String> cmd = host.plsimCommand();
        assertTrue(cmd.get(0).endsWith("java"), cmd.toString());
        assertEquals("org.plsim.cli.Main", cmd.get(cmd.size() - 1));
        String cp = cmd.get(cmd.indexOf("-cp") + 1);
        assertEquals(Path.of("a.jar").toAbsolutePath() + ":" + Path.of("lib/*").toAbsolutePath(), cp);
        BenchHost launched = new BenchHost(Path.of("/p"), Optional.of(Path.of("/p/plsim")), "", REGISTRY, spec -> null);
        assertEquals(List.of("/p/plsim"), launched.plsimCommand());
    }

    /** The preview times whatever runner it is given: the swap point for a warm runner. */
    @Test
    void preview_runsEachScenarioOnceToWarmUp_thenOncePerPass_throughTheGivenRunner() throws Exception {
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        PreviewRunner counting = spec -> calls.computeIfAbsent(spec.id(), k -> new AtomicInteger()).incrementAndGet();
        BenchHost host = new BenchHost(Path.of("").toAbsolutePath(), Optional.empty(), "", REGISTRY, counting);
        BenchConfig config = BenchConfig.quick().withRepetitions(3).withWorkloads(EnumSet.of(Workload.PREVIEW));
        BenchReport report = new Benchmark(config, host, line -> { }).run();

        assertEquals(2, calls.size(), "quick: the two smallest grantees");
        calls.values().forEach(n -> assertEquals(1 + 3, n.get()));
        List<WorkloadRow> rows = report.workloads();
        assertEquals(3, rows.size());
        assertEquals(List.of(WorkloadRow.Role.GRANTEE, WorkloadRow.Role.LARGEST_GRANTEE,
                WorkloadRow.Role.SMALL_GRANTEES), rows.stream().map(WorkloadRow::role).toList());
        assertTrue(rows.get(0).students() <= rows.get(1).students(), "smallest first");
        assertEquals(6, rows.get(2).runs());
        for (WorkloadRow r : rows) {
            assertTrue(r.median() <= r.p95() && r.p95() <= r.slowest(), r.toString());
        }
        assertEquals(List.of(), report.results(), "business as usual was not asked for");
    }

    @Test
    void workloadTargets_checkTheirRows_andTheSmallGranteesTarget_readsTheWorstGranteesP95() {
        WorkloadRow a = new WorkloadRow(Workload.PREVIEW, "a", WorkloadRow.Role.GRANTEE, 3_000, 5,
                WorkloadRow.Unit.SECONDS, 0.2, 0.9, 0.9, Double.NaN, Double.NaN, Double.NaN);
        WorkloadRow b = new WorkloadRow(Workload.PREVIEW, "b", WorkloadRow.Role.GRANTEE, 20_000, 5,
                WorkloadRow.Unit.SECONDS, 0.5, 1.2, 1.3, Double.NaN, Double.NaN, Double.NaN);
        WorkloadRow big = new WorkloadRow(Workload.PREVIEW, "c", WorkloadRow.Role.LARGEST_GRANTEE, 147_504, 5,
                WorkloadRow.Unit.SECONDS, 2.5, 3.9, 3.9, Double.NaN, Double.NaN, Double.NaN);
        WorkloadRow pooled = new WorkloadRow(Workload.PREVIEW, "pooled", WorkloadRow.Role.SMALL_GRANTEES, 20_000, 10,
                WorkloadRow.Unit.SECONDS, 0.3, 0.9, 1.3, Double.NaN, Double.NaN, Double.NaN);
        List<WorkloadRow> all = List.of(a, b, big, pooled);
        assertEquals(Optional.empty(), WorkloadTarget.of(a));
        assertEquals("MISS", WorkloadTarget.PREVIEW_SMALL.verdict(pooled, all), "b's p95 is over 1 s");
        assertEquals("PASS", WorkloadTarget.PREVIEW_LARGEST.verdict(big, all));
        WorkloadRow allFour = WorkloadRow.of(Workload.ALL_FOUR, "x", 99_744, 3, WorkloadRow.Unit.MSTEPS_PER_S, 26, 20);
        assertEquals(Optional.of(WorkloadTarget.ALL_FOUR_RATE), WorkloadTarget.of(allFour));
        assertEquals("PASS", WorkloadTarget.ALL_FOUR_RATE.verdict(allFour, List.of(allFour)));
        assertTrue(WorkloadTarget.ALL_FOUR_RATE.describe(allFour, List.of(allFour)).contains("slowest 20.0"));
    }
}
