package org.plsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.plsim.analysis.PairedEffect;
import org.plsim.analysis.PairedEffects;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.evidence.ResolvedEvidence;
import org.plsim.experiment.Arm;
import org.plsim.experiment.BudgetFit;
import org.plsim.experiment.RunKey;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.experiment.ScenarioRunner.ArmRun;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.model.observe.Outcome;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Violation;

/**
 * One run of a sweep: both arms of one replicate at one design point, on the calling thread, paired and
 * filtered to the sweep's outputs. The result depends on the key alone: the point's scenario, the
 * replicate's run seed, and the evidence values drawn from that seed.
 *
 * <p>Every point's scenario goes through {@link BudgetFit#checked} once, as {@code plsim run} does: bad component
 * settings or an unaffordable plan stop the sweep before any work. For a plan whose points were checked when it
 * was read ({@link SweepPlan#pointsChecked()}, a sweep file) that happens when the point first runs: holding a
 * point to its budget is a bisection of cost plans (tens of milliseconds), which for 10,000 points kept the first
 * run waiting for minutes. The scenario is the same either way, and so are the results.
 */
public final class SweepRun {
    private final SweepPlan plan;
    private final ScenarioRunner runner;
    private final EvidenceRegistry evidence;
    private final ComponentRegistry registry;
    private final AtomicReferenceArray<ScenarioSpec> specs;

    public SweepRun(SweepPlan plan, ComponentRegistry registry, EvidenceRegistry evidence) {
        this.plan = plan;
        this.runner = new ScenarioRunner(registry, evidence, 1);
        this.evidence = evidence;
        this.registry = registry;
        this.specs = new AtomicReferenceArray<>(plan.points().size());
        if (!plan.pointsChecked()) {
            List<ScenarioSpec> all = checkedPoints(plan, registry, evidence);
            for (int p = 0; p < all.size(); p++) {
                specs.set(p, all.get(p));
            }
        }
    }

    /** A run with the components installed and the evidence registry shipped with PLSim. */
    public static SweepRun of(SweepPlan plan) {
        return new SweepRun(plan, ComponentRegistry.discover(), EvidenceRegistry.builtIn());
    }

    public SweepPlan plan() {
        return plan;
    }

    /** The scenario point {@code point} runs (after its budget check). */
    public ScenarioSpec scenario(int point) {
        ScenarioSpec done = specs.get(point);
        if (done == null) { // a pure function of the point: two threads that race compute the same scenario
            specs.compareAndSet(point, null, BudgetFit.checked(plan.scenario(point), registry, evidence));
            done = specs.get(point);
        }
        return done;
    }

    public RunResult run(SweepKey key) {
        ScenarioSpec spec = scenario(key.point());
        long seed = plan.runSeed(key.replicate());
        RunKey runKey = new RunKey(spec.id(), key.replicate(), seed);
        ResolvedEvidence values = evidence.values(spec, seed);
        long t0 = System.nanoTime();
        ArmRun treatment = runner.runArm(spec, runKey, Arm.TREATMENT, values);
        ArmRun bau = runner.runArm(spec, runKey, Arm.BAU, values);
        long arms = System.nanoTime() - t0;
        List<PairedEffect> effects = PairedEffects.pair(key.replicate(), seed, kept(treatment.outcomes()),
                kept(bau.outcomes()));
        double watched = plan.replicates().isAdaptive()
                ? AdaptiveRounds.watched(plan.replicates().adaptive(), key, treatment.outcomes(), bau.outcomes())
                : Double.NaN;
        return new RunResult(key, seed, effects, watched, treatment.nanos(), bau.nanos(), arms);
    }

    /** The outcomes the sweep keeps; the same keys in both arms, so the pairs are the same as unfiltered. */
    private List<Outcome> kept(List<Outcome> arm) {
        Outputs outputs = plan.outputs();
        List<Outcome> out = new ArrayList<>();
        for (Outcome o : arm) {
            if (outputs.keeps(o)) {
                out.add(o);
            }
        }
        return out;
    }

    private static List<ScenarioSpec> checkedPoints(SweepPlan plan, ComponentRegistry registry,
                                                    EvidenceRegistry evidence) {
        List<ScenarioSpec> out = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (DesignPoint p : plan.points()) {
            try {
                out.add(BudgetFit.checked(plan.scenario(p.index()), registry, evidence));
            } catch (InvalidSpecException e) {
                String where = "points[" + p.index() + "] (" + p.label() + ")";
                e.violations().forEach(v -> problems.add(v.under(where)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return List.copyOf(out);
    }
}
