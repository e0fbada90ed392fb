package org.plsim.experiment.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.plsim.experiment.sweep.design.Factor;
import org.plsim.io.input.ScenarioFormat;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;

/** Sweeps built in Java for design tests: a small base, fixed replicates, default outputs. */
final class Sweeps {
    static final ScenarioSpec BASE = Districts.scenario(Districts.k12(1, 20), 1, 2,
            List.of(new ComponentSpec("blended_learning", Map.of("coaching", false))));
    static final Outputs OUTPUTS = new Outputs(Arrays.stream(Measure.values()).toList(), List.of(Subgroup.ALL), false);

    private Sweeps() {
    }

    static SweepSpec of(DesignSpec design, List<Factor> factors) {
        return of(design, factors, 7L);
    }

    static SweepSpec of(DesignSpec design, List<Factor> factors, long seed) {
        return new SweepSpec("test-sweep", "a test sweep", BASE, ScenarioFormat.toTree(BASE), seed,
                new Replicates(3, null), design, Map.of(), factors, OUTPUTS);
    }

    static DesignSpec factorial() {
        return new DesignSpec(DesignType.FACTORIAL, List.of(), 0, 0, 0);
    }

    static DesignSpec mix(String... components) {
        return new DesignSpec(DesignType.COMPONENT_MIX, List.of(components), 0, 0, 0);
    }

    static DesignSpec sampled(DesignType type, int points) {
        return new DesignSpec(type, List.of(), points, 0, 0);
    }

    static DesignSpec morris(int trajectories, int levels) {
        return new DesignSpec(DesignType.MORRIS, List.of(), 0, trajectories, levels);
    }

    static DesignSpec sobol(int samples) {
        return new DesignSpec(DesignType.SOBOL, List.of(), samples, 0, 0);
    }

    static Factor range(String path, double low, double high) {
        return Factor.ofRange(path, low, high, false);
    }
}
