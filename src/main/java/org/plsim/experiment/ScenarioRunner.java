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
import org.plsim.model.observe.Outcome;
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

    public ScenarioResult run(ScenarioSpec spec, ProgressListener progress) {
        registry.createAll(spec, evidence.central(spec)); // fail fast on bad settings, before any work
        List<ResolvedEvidence> values = new ArrayList<>();
        for (int r = 0; r < spec.replicates(); r++) {
            values.add(evidence.values(spec, RunKey.of(spec.id(), spec.seed(), r).runSeed()));
        }
        long start = System.nanoTime();
        int n = spec.replicates();
        int total = 2 * n;
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, total), r -> {
            Thread t = new Thread(r, "plsim-arm");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ArmRun>> futures = new ArrayList<>();
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
            return new ScenarioResult(spec, results, System.nanoTime() - start, threads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One arm of one replicate, on the calling thread, with the replicate's evidence values from its run seed. */
    public ArmRun runArm(ScenarioSpec spec, RunKey key, Arm arm) {
        return runArm(spec, key, arm, evidence.values(spec, key.runSeed()));
    }

    /** One arm of one replicate, on the calling thread, its components reading {@code values}. */
    public ArmRun runArm(ScenarioSpec spec, RunKey key, Arm arm, EvidenceValues values) {
        List<GrantComponent> components = arm == Arm.TREATMENT ? registry.createAll(spec, values)
                : List.of();
        List<Outcome> out = new ArrayList<>();
        long t0 = System.nanoTime();
        new DistrictModel(spec, key.runSeed(), components, out::add, 1).run();
        return new ArmRun(List.copyOf(out), System.nanoTime() - t0);
    }

    /** Outcomes of one arm and the nanoseconds its model took. */
    public record ArmRun(List<Outcome> outcomes, long nanos) {
    }
}
