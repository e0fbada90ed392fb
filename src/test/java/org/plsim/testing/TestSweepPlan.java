package org.plsim.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.Outputs;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.scenario.ScenarioSpec;

/** A sweep plan made by hand, for analysis and report tests: no scenario behind it. */
public record TestSweepPlan(String sweepId, String title, String designType, List<String> factors,
                            List<DesignPoint> points, int replicateCount, List<List<Integer>> trajectories)
        implements SweepPlan {
    public static final String FINGERPRINT = "3f1c0a9e5b7d2c4e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6";

    /** The 2^k on/off mixes of the named components, first component switching fastest. */
    public static TestSweepPlan componentMix(String id, List<String> components, int replicates) {
        List<DesignPoint> points = new ArrayList<>();
        for (int i = 0; i < 1 << components.size(); i++) {
            Map<String, Object> settings = new LinkedHashMap<>();
            List<String> on = new ArrayList<>();
            for (int c = 0; c < components.size(); c++) {
                boolean isOn = (i >> c & 1) == 1;
                settings.put(components.get(c), isOn);
                if (isOn) {
                    on.add(components.get(c));
                }
            }
            points.add(new DesignPoint(i, on.isEmpty() ? "none" : String.join("+", on), settings));
        }
        return new TestSweepPlan(id, "Component mix " + id, "component_mix", components, points, replicates,
                List.of());
    }

    /** Every combination of the levels, first factor switching fastest. */
    public static TestSweepPlan factorial(String id, Map<String, List<Object>> levels, int replicates) {
        List<String> factors = List.copyOf(levels.keySet());
        List<DesignPoint> points = new ArrayList<>();
        int total = levels.values().stream().mapToInt(List::size).reduce(1, (a, b) -> a * b);
        for (int i = 0; i < total; i++) {
            Map<String, Object> settings = new LinkedHashMap<>();
            int rest = i;
            for (String f : factors) {
                List<Object> l = levels.get(f);
                settings.put(f, l.get(rest % l.size()));
                rest /= l.size();
            }
            points.add(new DesignPoint(i, String.format("p%02d", i), settings));
        }
        return new TestSweepPlan(id, "Factorial " + id, "factorial", factors, points, replicates, List.of());
    }

    @Override
    public ScenarioSpec scenario(int point) {
        throw new UnsupportedOperationException("a hand-made plan has no scenario");
    }

    @Override
    public long sweepSeed() {
        return 42;
    }

    @Override
    public long runSeed(int replicate) {
        return 1000 + replicate;
    }

    @Override
    public Replicates replicates() {
        return new Replicates(replicateCount, null);
    }

    @Override
    public Outputs outputs() {
        return new Outputs(List.of(Measure.ACHIEVEMENT, Measure.COST), List.of(Subgroup.values()), false);
    }

    @Override
    public String fingerprint() {
        return FINGERPRINT;
    }

    @Override
    public Map<String, Object> toTree() {
        return Map.of("sweep_id", sweepId);
    }
}
