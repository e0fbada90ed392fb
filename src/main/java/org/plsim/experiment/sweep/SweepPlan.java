package org.plsim.experiment.sweep;

import java.util.List;
import java.util.Map;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.design.Factor;
import org.plsim.experiment.sweep.design.MorrisStep;
import org.plsim.scenario.ScenarioSpec;

/**
 * A sweep, expanded: its design points, the resolved scenario at each, how many replicates, which outputs,
 * and the fingerprint that ties shards and outputs to this exact sweep. Everything here is a pure function
 * of the sweep file (and PLSim's version), so every machine expands a sweep the same way.
 */
public interface SweepPlan {
    String sweepId();

    String title();

    /**
     * {@code factorial}, {@code component_mix}, {@code latin_hypercube}, {@code random}, {@code morris},
     * {@code sobol} or {@code scenarios}.
     */
    String designType();

    /** Factor paths (component-mix: the component names, then any crossed factors), in design order. */
    List<String> factors();

    List<DesignPoint> points();

    /**
     * The resolved scenario at design point {@code point}: the base with the point's settings applied (a
     * scenarios design: the point's own file with {@code set} applied).
     */
    ScenarioSpec scenario(int point);

    /**
     * The scenario at design point {@code point} as the sweep file makes it, before what runs still do to it
     * (a budget with {@code if_over: scale} scaling coverage down): to report the plan as written beside the
     * plan funded. By default the same as {@link #scenario(int)}.
     */
    default ScenarioSpec plannedScenario(int point) {
        return scenario(point);
    }

    /**
     * Whether every point's scenario was already built and checked against its budget when the plan was made
     * (as the sweep file reader does), so that a runner may hold a point to its budget when the point first
     * runs rather than all of them before the first run. By default false: plans built in Java are checked whole
     * before anything runs.
     */
    default boolean pointsChecked() {
        return false;
    }

    long sweepSeed();

    /** Run seed of replicate r, the same at every design point (common random numbers). */
    long runSeed(int replicate);

    Replicates replicates();

    Outputs outputs();

    /** SHA-256 (hex) of the resolved sweep, PLSim version and model version. */
    String fingerprint();

    /** The resolved sweep as an ordered tree, for the manifest. */
    Map<String, Object> toTree();

    /** Morris only: the trajectories (lists of point indices, each one factor changed per step); else empty. */
    default List<List<Integer>> trajectories() {
        return List.of();
    }

    /**
     * Morris only: every step of every trajectory — the two points, the factor that moved between them
     * (an index into {@link #factors()}) and by how much on its unit scale (±Δ); else empty.
     */
    default List<MorrisStep> morrisSteps() {
        return List.of();
    }
}
