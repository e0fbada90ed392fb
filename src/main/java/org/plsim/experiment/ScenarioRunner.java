package org.plsim.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.evidence.ResolvedEvidence;
import org.plsim.model.DistrictModel;
import org.plsim.model.component.EvidenceValues;
import org.plsim.model.component.GrantComponent;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ScenarioSpec;

/**
 * Runs every replicate of a scenario as a pair of arms with common random numbers: the treatment arm with
 * the scenario's components, the business-as-usual arm without, both from the replicate's run seed. Arms
 * run in parallel on a fixed pool; results are placed by key, so they do not depend on the thread count.
 * Each replicate resolves the evidence registry once, from its run seed, and both arms use those values.
 */
public final class ScenarioRunner {
    private final ComponentRegistry registry;
    private final EvidenceRegistry evidence;
    private final int threads;

    /** A runner reading evidence parameters from the registry shipped with PLSim. */
    public ScenarioRunner(ComponentRegistry registry, int threads) {
        this(registry, EvidenceRegistry.builtIn(), threads);
    }

    public ScenarioRunner(ComponentRegistry registry, EvidenceRegistry evidence, int threads) {
        this.registry = registry;
        this.evidence = evidence;
        this.threads = Math.max(1, threads);
    }

    /**
     * Runs every replicate of {@code asRead}, after checking its components and holding its plan to its
     * budget (refused: {@link org.plsim.scenario.InvalidSpecException}; scaled: the result's spec is the
     * scaled one).
     */
    public ScenarioResult run(ScenarioSpec asRead, ProgressListener progress) {
        return runFitted(asRead, BudgetFit.checked(asRead, registry, evidence), progress); // fails fast
    }

    /**
     * Runs every replicate of {@code spec}, which {@link BudgetFit#checked} already made of {@code asRead} (a caller
     * that checked the plan before, to report problems, does not fit it twice).
     */
    public ScenarioResult runFitted(ScenarioSpec asRead, ScenarioSpec spec, ProgressListener progress) {
        PlanReview review = PlanReview.of(spec, asRead, registry, evidence);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, 2 * spec.replicates()), r -> {
            Thread t = new Thread(r, "plsim-arm");
            t.setDaemon(true);
            return t;
        });
        try {
            return runChecked(spec, review, pool, progress);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs every replicate of {@code spec}, already checked and held to its budget ({@link BudgetFit#checked}),
     * its arms on {@code pool}, which is left running: what {@link #run} does after its checks, for runners that
     * keep a pool (and reviewed plans) between runs. Arms still running when one fails are cancelled.
     *
     * @param review {@link PlanReview#of} of {@code spec}
     */
    public ScenarioResult runChecked(ScenarioSpec spec, PlanReview review, ExecutorService pool,
                                     ProgressListener progress) {
        List<ResolvedEvidence> values = new ArrayList<>();
        for (int r = 0; r < spec.replicates(); r++) {
            values.add(evidence.values(spec, RunKey.of(spec.id(), spec.seed(), r).runSeed()));
        }
        long start = System.nanoTime();
        int n = spec.replicates();
        int total = 2 * n;
        AtomicInteger done = new AtomicInteger();
        List<Future<ArmRun>> futures = new ArrayList<>();
        try {
            for (int r = 0; r < n; r++) {
                RunKey key = RunKey.of(spec.id(), spec.seed(), r);
                ResolvedEvidence replicateValues = values.get(r);
                for (Arm arm : Arm.values()) {
                    futures.add(pool.submit(() -> {
                        ArmRun out = runArm(spec, key, arm, replicateValues);
                        progress.armFinished(done.incrementAndGet(), total);
                        return out;
                    }));
                }
            }
            List<ReplicateResult> results = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                Map<Arm, List<Outcome>> outcomes = new EnumMap<>(Arm.class);
                Map<Arm, Long> nanos = new EnumMap<>(Arm.class);
                for (Arm arm : Arm.values()) {
                    ArmRun a = futures.get(2 * r + arm.ordinal()).get();
                    outcomes.put(arm, a.outcomes());
                    nanos.put(arm, a.nanos());
                }
                results.add(new ReplicateResult(RunKey.of(spec.id(), spec.seed(), r), outcomes, nanos, values.get(r)));
            }
            return new ScenarioResult(spec, results, System.nanoTime() - start, threads, review);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            futures.forEach(f -> f.cancel(true)); // no-op for finished arms
        }
    }

    /** One arm of one replicate, on the calling thread, with the replicate's evidence values from its run seed. */
    public ArmRun runArm(ScenarioSpec spec, RunKey key, Arm arm) {
        return runArm(spec, key, arm, evidence.values(spec, key.runSeed()));
    }

    /** One arm of one replicate, on the calling thread, its components reading {@code values}. */
    public ArmRun runArm(ScenarioSpec spec, RunKey key, Arm arm, EvidenceValues values) {
        List<GrantComponent> plan = registry.createAll(spec, values);
        List<GrantComponent> components = arm == Arm.TREATMENT ? plan : List.of();
        List<GrantComponent> reachOnly = arm == Arm.TREATMENT ? List.of() : plan; // the same students served
        List<Outcome> out = new ArrayList<>();
        long t0 = System.nanoTime();
        new DistrictModel(spec, key.runSeed(), components, reachOnly, out::add, 1).run();
        long nanos = System.nanoTime() - t0;
        if (!spec.components().isEmpty()) {
            addCosts(spec, arm == Arm.TREATMENT ? CostPlan.of(spec, registry, values) : null, out);
        }
        return new ArmRun(List.copyOf(out), nanos);
    }

    /**
     * The plan's cost per enrolled student each year, with this replicate's evidence values (prices may be
     * drawn from their ranges too); 0 in the business-as-usual arm, so the paired effect is the cost.
     */
    private static void addCosts(ScenarioSpec spec, CostPlan plan, List<Outcome> out) {
        long students = spec.district().students();
        for (int y = 1; y <= spec.years(); y++) {
            out.add(new Outcome(y, Outcome.ALL_GRADES, Subject.ALL, Subgroup.ALL, Measure.COST,
                    plan == null ? 0.0 : plan.perStudent(y), students));
        }
    }

    /** Outcomes of one arm and the nanoseconds its model took. */
    public record ArmRun(List<Outcome> outcomes, long nanos) {
    }
}
