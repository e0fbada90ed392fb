package org.plsim.experiment.warm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plsim.cli.Main;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.BudgetFit;
import org.plsim.experiment.PlanReview;
import org.plsim.experiment.ReplicateResult;
import org.plsim.io.csv.CostsCsv;
import org.plsim.io.csv.EffectsCsv;
import org.plsim.io.csv.OutcomeCsv;
import org.plsim.io.csv.SummaryCsv;
import org.plsim.io.input.ScenarioReader;
import org.plsim.reporting.Provenance;
import org.plsim.reporting.RunReport;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;

/**
 * The warm runner gives what {@code plsim run} gives, byte for byte once written by the same writers: for a
 * grantee whose plan the budget scales, a component scenario and the quickstart, at several seeds; again and
 * again in one runner; from four threads at once; at any thread count. No timing is asserted.
 */
class WarmRunnerTest {
    private static final String KIPP = "scenarios/rttd-2012/kipp-dc.yaml";
    private static final String ALL_FOUR = "scenarios/components/all_four.yaml";
    private static final String QUICKSTART = "scenarios/quickstart.yaml";
    private static final ComponentRegistry REGISTRY = ComponentRegistry.discover();
    private static final EvidenceRegistry EVIDENCE = EvidenceRegistry.builtIn();

    /** One runner for the byte-for-byte cases, so they also run after one another in a runner kept warm. */
    private static WarmRunner shared;

    @BeforeAll
    static void open() {
        shared = new WarmRunner(REGISTRY, EVIDENCE, 2);
    }

    @AfterAll
    static void close() {
        shared.close();
    }

    @ParameterizedTest(name = "{0} seed {1}, {2} replicates")
    @CsvSource({KIPP + ",20120101,2", KIPP + ",7,3", ALL_FOUR + ",42,2", ALL_FOUR + ",9,2", QUICKSTART + ",5,2"})
    void writesTheFilesPlsimRunWrites_byteForByte(String file, long seed, int replicates, @TempDir Path tmp)
            throws Exception {
        Path cli = tmp.resolve("cli");
        assertEquals(0, Main.execute("run", file, "--seed", Long.toString(seed), "--replicates",
                Integer.toString(replicates), "--threads", "2", "--out", cli.toString(), "--quiet"));
        WarmResult warm = shared.run(read(file, seed, replicates), RunOptions.FRESH);
        Path mine = write(warm, file, tmp.resolve("warm"));
        List<String> files = new ArrayList<>(List.of(SummaryCsv.FILE, EffectsCsv.FILE, OutcomeCsv.FILE));
        if (!warm.result().spec().components().isEmpty()) {
            files.add(CostsCsv.FILE);
        }
        for (String name : files) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(name)), Files.readAllBytes(mine.resolve(name)),
                    file + " seed " + seed + ": " + name);
        }
    }

    @Test
    void secondAndThirdRuns_areIdenticalToTheFirst_andAKeptResultIsTheVeryObject() throws Exception {
        try (WarmRunner warm = new WarmRunner(REGISTRY, EVIDENCE, 2)) {
            ScenarioSpec spec = read(KIPP, 11, 2);
            WarmResult first = warm.run(spec, RunOptions.FRESH);
            WarmResult second = warm.run(spec, RunOptions.FRESH);
            WarmResult third = warm.run(spec, RunOptions.FRESH);
            assertNotSame(first, second);
            assertSameNumbers(first, second);
            assertSameNumbers(first, third);
            WarmResult kept = warm.run(spec);
            assertSame(warm.run(spec), kept, "an equal scenario again: the kept result");
            assertSame(kept, warm.run(read(KIPP, 11, 2)), "an equal scenario read again: the kept result");
            assertSameNumbers(first, kept);
            WarmRunner.Stats stats = warm.stats();
            assertEquals(1, stats.planMisses(), "one plan for the scenario: " + stats);
            assertTrue(stats.resultHits() >= 2, stats.toString());
        }
    }

    @Test
    void anotherSeedOrReplicateCount_reusesThePlan_andMatchesAColdRun() throws Exception {
        try (WarmRunner warm = new WarmRunner(REGISTRY, EVIDENCE, 2)) {
            warm.run(read(KIPP, 1, 2), RunOptions.FRESH);
            WarmResult other = warm.run(read(KIPP, 2, 3), RunOptions.FRESH);
            assertEquals(1, warm.stats().planMisses(), warm.stats().toString());
            assertEquals(1, warm.stats().planHits(), warm.stats().toString());
            try (WarmRunner cold = new WarmRunner(REGISTRY, EVIDENCE, 2, 0, 0)) {
                assertSameNumbers(cold.run(read(KIPP, 2, 3), RunOptions.FRESH), other);
            }
        }
    }

    @Test
    void theKeptPlan_isWhatTheBudgetAndReviewMakeOfTheScenario() throws Exception {
        try (WarmRunner warm = new WarmRunner(REGISTRY, EVIDENCE, 1)) {
            for (String file : List.of(KIPP, ALL_FOUR, QUICKSTART)) {
                for (long seed : new long[] {3, 4}) {
                    ScenarioSpec asRead = read(file, seed, 2);
                    ScenarioSpec fitted = BudgetFit.checked(asRead, REGISTRY, EVIDENCE);
                    assertEquals(fitted, warm.checked(asRead), file);
                    assertEquals(PlanReview.of(fitted, asRead, REGISTRY, EVIDENCE),
                            warm.run(asRead, RunOptions.FRESH).result().review(), file);
                }
            }
            assertTrue(BudgetFit.changes(read(KIPP, 3, 2), warm.checked(read(KIPP, 3, 2))).size() > 0,
                    "kipp-dc's plan is scaled to its award: the case the plan cache must get right");
        }
    }

    @Test
    void fourThreadsAtOnce_getWhatOneThreadGets() throws Exception {
        List<ScenarioSpec> specs = List.of(read(KIPP, 21, 2), read(ALL_FOUR, 22, 2), read(QUICKSTART, 23, 2),
                read(KIPP, 21, 2));
        List<WarmResult> alone = new ArrayList<>();
        try (WarmRunner one = new WarmRunner(REGISTRY, EVIDENCE, 1, 0, 0)) {
            for (ScenarioSpec s : specs) {
                alone.add(one.run(s, RunOptions.FRESH));
            }
        }
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try (WarmRunner warm = new WarmRunner(REGISTRY, EVIDENCE, 2)) {
            for (RunOptions options : List.of(RunOptions.FRESH, RunOptions.DEFAULT)) {
                List<Future<WarmResult>> futures = new ArrayList<>();
                for (int round = 0; round < 2; round++) {
                    for (ScenarioSpec s : specs) {
                        futures.add(callers.submit(() -> warm.run(s, options)));
                    }
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertSameNumbers(alone.get(i % specs.size()), futures.get(i).get());
                }
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void theThreadCount_changesNothing() throws Exception {
        ScenarioSpec spec = read(ALL_FOUR, 31, 3);
        WarmResult reference;
        try (WarmRunner two = new WarmRunner(REGISTRY, EVIDENCE, 2)) {
            reference = two.run(spec, RunOptions.FRESH);
        }
        for (int threads : new int[] {1, 3, 8}) {
            try (WarmRunner warm = new WarmRunner(REGISTRY, EVIDENCE, threads)) {
                WarmResult r = warm.run(spec, RunOptions.FRESH);
                assertSameNumbers(reference, r);
                assertEquals(threads, r.result().threads());
            }
        }
    }

    @Test
    void progress_isToldOfEveryArm() throws Exception {
        try (WarmRunner warm = new WarmRunner(REGISTRY, EVIDENCE, 2)) {
            AtomicInteger arms = new AtomicInteger();
            warm.run(read(QUICKSTART, 1, 3), RunOptions.FRESH.withProgress((done, total) -> {
                arms.incrementAndGet();
                assertEquals(6, total);
            }));
            assertEquals(6, arms.get());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void settingsChangedByTheCallerAfterARun_changeNoKeptPlanOrResult() throws Exception {
        try (WarmRunner warm = new WarmRunner(REGISTRY, EVIDENCE, 2)) {
            ScenarioSpec read = read(KIPP, 41, 2);
            ComponentSpec partnerships = read.components().get(0);
            Map<String, Object> rollout = new LinkedHashMap<>((Map<String, Object>) partnerships.settings()
                    .get("rollout"));
            Map<String, Object> settings = new LinkedHashMap<>(partnerships.settings());
            settings.put("rollout", rollout);
            ScenarioSpec mine = read.withComponents(List.of(new ComponentSpec(partnerships.name(), settings)));
            assertEquals(read, mine);
            WarmResult before = warm.run(mine, RunOptions.DEFAULT);
            rollout.put("coverage", 0.01); // the caller's map, after the run
            assertSame(before, warm.run(read, RunOptions.DEFAULT), "the kept key is the scenario as it was run");
            assertEquals(BudgetFit.checked(read, REGISTRY, EVIDENCE), warm.checked(read));
            assertEquals(BudgetFit.checked(read, REGISTRY, EVIDENCE), before.result().spec());
        }
    }

    @Test
    void aPlanOverABudgetThatRefuses_isRefusedEveryTime_andClosedRunnersRunNothing() throws Exception {
        ScenarioSpec spec = read(KIPP, 1, 1);
        ScenarioSpec refused = spec.withBudget(new org.plsim.scenario.Budget(1000, 4, Map.of(),
                org.plsim.scenario.Budget.IfOver.REFUSE));
        WarmRunner warm = new WarmRunner(REGISTRY, EVIDENCE, 1);
        assertThrows(InvalidSpecException.class, () -> warm.run(refused));
        assertThrows(InvalidSpecException.class, () -> warm.run(refused));
        assertEquals(0, warm.stats().plansKept());
        warm.close();
        assertThrows(IllegalStateException.class, () -> warm.run(spec));
    }

    // ------------------------------------------------------------------------------------------------------

    private static ScenarioSpec read(String file, long seed, int replicates) throws Exception {
        return ScenarioReader.forRunning(REGISTRY, 2).readWithSources(Path.of(file)).spec().withSeed(seed)
                .withReplicates(replicates);
    }

    private static Path write(WarmResult r, String file, Path folder) throws Exception {
        Files.createDirectories(folder);
        new RunReport(r.result(), r.effects(), r.summaries(), r.guardRails()).writeTo(folder,
                new Provenance(file, List.of(), Instant.EPOCH, Path.of("").toAbsolutePath(), 2, null));
        return folder;
    }

    /** Everything but the timings: spec, review, every replicate's outcomes and evidence, the analysis. */
    private static void assertSameNumbers(WarmResult expected, WarmResult actual) {
        assertEquals(expected.result().spec(), actual.result().spec());
        assertEquals(expected.result().review(), actual.result().review());
        assertEquals(expected.result().replicates().size(), actual.result().replicates().size());
        for (int i = 0; i < expected.result().replicates().size(); i++) {
            ReplicateResult e = expected.result().replicates().get(i);
            ReplicateResult a = actual.result().replicates().get(i);
            assertEquals(e.key(), a.key());
            assertEquals(e.outcomes(), a.outcomes(), "replicate " + i);
            assertEquals(e.evidence(), a.evidence());
        }
        assertEquals(expected.effects(), actual.effects());
        assertEquals(expected.summaries(), actual.summaries());
        assertEquals(expected.guardRails(), actual.guardRails());
    }
}
