package org.plsim.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.analysis.EffectKey;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * Finished sweep folders (runs.csv and design.csv) of each design, with effects from simple formulas:
 * plausible enough to look at, exact enough to check.
 *
 * <pre>{@code
 * TestSweepPlan plan = ExampleSweeps.both().componentMix(folder, 3, 5); // 16 mixes, 3 years, 5 replicates
 * }</pre>
 */
public final class ExampleSweeps {
    public static final List<String> COMPONENTS = List.of("blended_learning", "competency_progression",
            "learning_plans", "partnerships");
    /** Per-year main effects of the components on achievement (SD), and their yearly cost per student. */
    static final double[] MAIN = {0.04, 0.03, 0.02, 0.015};
    static final double[] COST = {220, 90, 60, 140};
    /** Extra gain per year when blended learning and competency progression run together. */
    static final double SYNERGY = 0.02;

    /** The subjects the example runs report; math alone keeps a test's chart count (its running time) down. */
    private final Subject[] subjects;

    private ExampleSweeps(Subject... subjects) {
        this.subjects = subjects;
    }

    /** Examples reporting math and reading. */
    public static ExampleSweeps both() {
        return new ExampleSweeps(Subject.TESTED);
    }

    /** Examples reporting math only. */
    public static ExampleSweeps mathOnly() {
        return new ExampleSweeps(Subject.MATH);
    }

    /** The 16 mixes, {@code years} years, {@code replicates} replicates. */
    public TestSweepPlan componentMix(Path folder, int years, int replicates) throws IOException {
        TestSweepPlan plan = TestSweepPlan.componentMix("mix-demo", COMPONENTS, replicates);
        write(folder, plan, years, (p, r, k) -> {
            Map<String, Object> s = plan.points().get(p).settings();
            boolean[] on = new boolean[4];
            double perYear = 0;
            double cost = 0;
            for (int c = 0; c < 4; c++) {
                on[c] = (Boolean) s.get(COMPONENTS.get(c));
                perYear += on[c] ? MAIN[c] : 0;
                cost += on[c] ? COST[c] * (1 + 0.01 * r) : 0;
            }
            perYear += on[0] && on[1] ? SYNERGY : 0;
            return k.measure() == Measure.COST ? cost : shaped(perYear * k.year(), p, r, k);
        });
        return plan;
    }

    /** A 3 × 3 grid of blended-learning minutes and fidelity. */
    public TestSweepPlan factorial(Path folder, int years, int replicates) throws IOException {
        Map<String, List<Object>> levels = new LinkedHashMap<>();
        levels.put("components.blended_learning.minutes_per_week", List.of(30, 60, 90));
        levels.put("components.blended_learning.fidelity", List.of(0.5, 0.7, 0.9));
        TestSweepPlan plan = TestSweepPlan.factorial("grid-demo", levels, replicates);
        write(folder, plan, years, (p, r, k) -> {
            double minutes = ((Number) plan.points().get(p).settings().get(plan.factors().get(0))).doubleValue();
            double fidelity = ((Number) plan.points().get(p).settings().get(plan.factors().get(1))).doubleValue();
            double perYear = 0.0008 * minutes * fidelity;
            return k.measure() == Measure.COST ? 2.5 * minutes : shaped(perYear * k.year(), p, r, k);
        });
        return plan;
    }

    /** Morris screening of three evidence parameters over {@code trajectories} trajectories on a 4-level grid. */
    public TestSweepPlan morris(Path folder, int years, int replicates) throws IOException {
        List<String> factors = List.of("evidence.blended.effect", "evidence.plans.effect", "evidence.attrition");
        double[][] starts = {{0, 0, 0}, {1.0 / 3, 1, 1}, {2.0 / 3, 1.0 / 3, 0}, {1, 2.0 / 3, 1.0 / 3}};
        List<DesignPoint> points = new ArrayList<>();
        List<List<Integer>> trajectories = new ArrayList<>();
        for (double[] start : starts) {
            double[] x = start.clone();
            List<Integer> t = new ArrayList<>();
            for (int step = 0; step <= factors.size(); step++) {
                if (step > 0) {
                    int f = step - 1;
                    x[f] = x[f] + (x[f] <= 1.0 / 3 + 1e-9 ? 2.0 / 3 : -2.0 / 3);
                }
                Map<String, Object> s = new LinkedHashMap<>();
                for (int f = 0; f < factors.size(); f++) {
                    s.put(factors.get(f), Math.round(x[f] * 3) / 3.0);
                }
                t.add(points.size());
                points.add(new DesignPoint(points.size(), String.format("p%02d", points.size()), s));
            }
            trajectories.add(t);
        }
        TestSweepPlan plan = new TestSweepPlan("morris-demo", "Morris demo", "morris", factors, points, replicates,
                trajectories);
        write(folder, plan, years, (p, r, k) -> {
            Map<String, Object> s = plan.points().get(p).settings();
            double a = (Double) s.get(factors.get(0));
            double b = (Double) s.get(factors.get(1));
            double perYear = 0.08 * a + 0.03 * b + 0.04 * a * b;
            return k.measure() == Measure.COST ? 100 : shaped(perYear * k.year(), p, r, k);
        });
        return plan;
    }

    /** Spreads an all-students effect over subgroups (more for lower groups) and adds per-run noise. */
    static double shaped(double effect, int p, int r, EffectKey k) {
        double weight = switch (k.group()) {
            case LOW_INCOME, PRIOR_Q1, ENGLISH_LEARNER, DISABILITY -> 1.25;
            case PRIOR_Q2 -> 1.1;
            case NOT_LOW_INCOME, PRIOR_Q4 -> 0.85;
            default -> 1.0;
        };
        double noise = 0.004 * Math.sin(1.7 * r + 0.9 * p + k.group().ordinal() + 3.1 * k.subject().ordinal());
        return k.year() == 0 ? 0 : effect * weight * (k.subject().ordinal() == 0 ? 1.0 : 0.8) + noise;
    }

    private void write(Path folder, TestSweepPlan plan, int years, SyntheticSweep.Value effect)
            throws IOException {
        SyntheticSweep.of(plan.sweepId(), plan.points().size(), plan.replicateCount())
                .keys(SyntheticSweep.achievement(years, subjects))
                .bau((p, r, k) -> k.measure() == Measure.COST ? 0 : bau(k.group()) + 0.01 * r)
                .effect(effect).writeRuns(folder.resolve("runs.csv"));
        SyntheticSweep.writeDesign(folder.resolve("design.csv"), plan.sweepId(), plan.factors(), plan.points());
    }

    private static double bau(Subgroup g) {
        return switch (g) {
            case NOT_LOW_INCOME -> 0.25;
            case LOW_INCOME -> -0.35;
            case PRIOR_Q1 -> -1.2;
            case PRIOR_Q2 -> -0.35;
            case PRIOR_Q3 -> 0.3;
            case PRIOR_Q4 -> 1.2;
            case ENGLISH_LEARNER -> -0.6;
            case DISABILITY -> -0.7;
            default -> -0.1;
        };
    }
}
