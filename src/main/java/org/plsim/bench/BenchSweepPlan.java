package org.plsim.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.io.files.Sha256;
import org.plsim.Version;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.Outputs;
import org.plsim.experiment.sweep.Replicates;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * The sweep the sweep benchmark runs, built in Java (no sweep file): a benchmark district of the requested
 * size, and the four on/off mixes of blended learning and learning plans at their default settings, with
 * the default outputs (every measure but enrolment, every subgroup, all grades). Only the work matters.
 */
record BenchSweepPlan(long students, int years, int replicatesPerPoint) implements SweepPlan {
    private static final List<String> COMPONENTS = List.of("blended_learning", "learning_plans");

    @Override
    public String sweepId() {
        return "bench-sweep-" + students;
    }

    @Override
    public String title() {
        return "plsim bench --sweep: " + students + " students, " + years + " years";
    }

    @Override
    public String designType() {
        return "component_mix";
    }

    @Override
    public List<String> factors() {
        return COMPONENTS;
    }

    @Override
    public List<DesignPoint> points() {
        List<DesignPoint> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Map<String, Object> settings = new LinkedHashMap<>();
            List<String> on = new ArrayList<>();
            for (int c = 0; c < COMPONENTS.size(); c++) {
                boolean set = (i >> c & 1) == 1;
                settings.put(COMPONENTS.get(c), set);
                if (set) {
                    on.add(COMPONENTS.get(c));
                }
            }
            out.add(new DesignPoint(i, on.isEmpty() ? "none" : String.join("+", on), settings));
        }
        return out;
    }

    @Override
    public ScenarioSpec scenario(int point) {
        List<ComponentSpec> on = new ArrayList<>();
        points().get(point).settings().forEach((name, set) -> {
            if ((Boolean) set) {
                on.add(new ComponentSpec(name, Map.of()));
            }
        });
        return BenchDistricts.ofSize(students, years, BenchDistricts.WEEKS_PER_YEAR).withComponents(on);
    }

    @Override
    public long sweepSeed() {
        return BenchDistricts.SEED;
    }

    @Override
    public long runSeed(int replicate) {
        return RandomStreams.runSeed(BenchDistricts.SEED, replicate);
    }

    @Override
    public Replicates replicates() {
        return new Replicates(replicatesPerPoint, null);
    }

    @Override
    public Outputs outputs() {
        List<Measure> measures = new ArrayList<>(Arrays.asList(Measure.values()));
        measures.remove(Measure.ENROLLMENT);
        return new Outputs(measures, Arrays.asList(Subgroup.values()), false);
    }

    @Override
    public String fingerprint() {
        return Sha256.ofText(this + "|" + Version.PLSIM + "|" + Version.MODEL);
    }

    @Override
    public Map<String, Object> toTree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("students", students);
        m.put("years", years);
        m.put("replicates", replicatesPerPoint);
        return m;
    }
}
