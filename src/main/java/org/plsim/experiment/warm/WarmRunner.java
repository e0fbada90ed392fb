package org.plsim.experiment.warm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.BudgetFit;
import org.plsim.experiment.PlanReview;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * Runs scenarios again and again in one JVM, for callers that ask many what-ifs (a web explorer, notebooks,
 * the benchmark's warm preview), with results identical to {@code plsim run}'s for the same scenario, seed
 * and replicates, whatever the thread count. Created once, it keeps:
 *
 * <ul>
 *   <li>its installed components, evidence registry and a fixed pool of arm threads (daemon threads, shut down
 *       by {@link #close});</li>
 *   <li>an LRU of <em>plans</em>: the scenario's components checked and its plan held to its budget
 *       ({@link BudgetFit#checked}, whose bisection is the dearest part of a small run outside the model) and
 *       its {@link PlanReview}, keyed by the scenario without its seed and replicate count, on which neither
 *       depends. Both are immutable records;</li>
 *   <li>optionally an LRU of finished <em>results</em> ({@link RunOptions#reuseResult}), keyed by the whole
 *       scenario: the model is deterministic, so an equal scenario gives an equal result, and the kept object
 *       itself is returned. Its timings ({@code wallNanos}, arm nanos) are those of the run that made it.</li>
 * </ul>
 *
 * <p>Nothing mutable is shared between runs: every arm builds its own district, components and random streams
 * from its run seed, exactly as {@link ScenarioRunner} does (it runs them: {@link ScenarioRunner#runChecked}).
 * A scenario's component settings are copied into unmodifiable maps and lists on the way in, so a caller who
 * later changes the maps it passed cannot change a kept plan or key. Safe for concurrent callers; a caller
 * must not be one of this runner's own pool threads (e.g. a progress listener must not call {@link #run}).
 *
 * <pre>{@code
 * try (WarmRunner warm = WarmRunner.create(2)) {
 *     WarmResult r = warm.run(spec, RunOptions.DEFAULT);
 *     WarmResult again = warm.run(spec.withSeed(7), RunOptions.FRESH);
 * }
 * }</pre>
 */
public final class WarmRunner implements AutoCloseable {
    /** Plans kept by default (each a few kilobytes). */
    public static final int DEFAULT_PLANS = 32;
    /** Results kept by default (each every outcome of every arm: tens to hundreds of kilobytes). */
    public static final int DEFAULT_RESULTS = 8;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ComponentRegistry components;
    private final EvidenceRegistry evidence;
    private final int threads;
    private final ScenarioRunner runner;
    private final ExecutorService pool;
    private final Lru<ScenarioSpec, Plan> plans;
    private final Lru<ScenarioSpec, WarmResult> results;

    /** A scenario's components checked and its plan held to its budget, at seed 0 and one replicate. */
    private record Plan(ScenarioSpec fitted, PlanReview review) {
    }

    /** Hits and misses of the two caches, and how many entries each keeps now. */
    public record Stats(long planHits, long planMisses, int plansKept, long resultHits, long resultMisses,
                        int resultsKept) {
    }

    /** A runner with every component on the class path, the built-in evidence registry and default caches. */
    public static WarmRunner create(int threads) {
        return new WarmRunner(ComponentRegistry.discover(), EvidenceRegistry.builtIn(), threads);
    }

    public WarmRunner(ComponentRegistry components, EvidenceRegistry evidence, int threads) {
        this(components, evidence, threads, DEFAULT_PLANS, DEFAULT_RESULTS);
    }

    /**
     * @param threads  arms run at once, over all concurrent calls (at least 1)
     * @param plans    plans kept (0: none, every run checks and fits its plan)
     * @param results  results kept (0: none, {@link RunOptions#reuseResult} has no effect)
     */
    public WarmRunner(ComponentRegistry components, EvidenceRegistry evidence, int threads, int plans,
                      int results) {
        this.components = components;
        this.evidence = evidence;
        this.threads = Math.max(1, threads);
        this.runner = new ScenarioRunner(components, evidence, this.threads);
        this.plans = new Lru<>(plans);
        this.results = new Lru<>(results);
        int id = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "plsim-warm-" + id + "-arm-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** {@link #run(ScenarioSpec, RunOptions)} with {@link RunOptions#DEFAULT}. */
    public WarmResult run(ScenarioSpec asRead) {
        return run(asRead, RunOptions.DEFAULT);
    }

    /**
     * Every replicate of {@code asRead} (a scenario as read, overrides applied, before its budget), both arms,
     * and the analysis of their outcomes: what {@code plsim run} computes and writes for it.
     *
     * @throws org.plsim.scenario.InvalidSpecException a component unknown or badly set, or a plan over a budget
     *                                                 that refuses it (nothing is kept)
     * @throws IllegalStateException                   after {@link #close}
     */
    public WarmResult run(ScenarioSpec asRead, RunOptions options) {
        if (pool.isShutdown()) {
            throw new IllegalStateException("this WarmRunner is closed");
        }
        ScenarioSpec key = frozen(asRead);
        if (options.reuseResult()) {
            WarmResult kept = results.get(key);
            if (kept != null) {
                return kept;
            }
        }
        Plan plan = plan(key);
        ScenarioSpec spec = plan.fitted().withSeed(key.seed()).withReplicates(key.replicates());
        WarmResult out = WarmResult.of(runner.runChecked(spec, plan.review(), pool, options.progress()));
        WarmResult kept = results.putIfAbsent(key, out);
        return options.reuseResult() ? kept : out;
    }

    /**
     * {@code asRead} with its components checked and its plan held to its budget, as it would run (scaled to
     * fit, if the budget says so): the check of {@code plsim validate} and {@code plsim run}, from the plan cache.
     *
     * @throws org.plsim.scenario.InvalidSpecException as {@link BudgetFit#checked}
     */
    public ScenarioSpec checked(ScenarioSpec asRead) {
        return plan(frozen(asRead)).fitted().withSeed(asRead.seed()).withReplicates(asRead.replicates());
    }

    /** The kept plan of {@code spec} (frozen), or a new one, kept. */
    private Plan plan(ScenarioSpec spec) {
        ScenarioSpec key = planKey(spec);
        Plan plan = plans.get(key);
        if (plan == null) {
            ScenarioSpec fitted = BudgetFit.checked(key, components, evidence);
            plan = plans.putIfAbsent(key, new Plan(fitted, PlanReview.of(fitted, key, components, evidence)));
        }
        return plan;
    }

    public int threads() {
        return threads;
    }

    public Stats stats() {
        return new Stats(plans.hits(), plans.misses(), plans.size(), results.hits(), results.misses(),
                results.size());
    }

    /** Forgets every kept plan and result (the pool stays). */
    public void clear() {
        plans.clear();
        results.clear();
    }

    /** Stops the pool's threads (interrupting arms still running); later runs throw. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** Neither the components' checks nor the budget fit nor the review read the seed or the replicate count. */
    private static ScenarioSpec planKey(ScenarioSpec s) {
        return s.withSeed(0).withReplicates(1);
    }

    /** {@code s} with every component's settings copied, all the way down, into unmodifiable maps and lists. */
    static ScenarioSpec frozen(ScenarioSpec s) {
        List<ComponentSpec> copies = new ArrayList<>();
        for (ComponentSpec c : s.components()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) freeze(c.settings());
            copies.add(new ComponentSpec(c.name(), settings));
        }
        return s.withComponents(copies);
    }

    private static Object freeze(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(k, freeze(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(freeze(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
