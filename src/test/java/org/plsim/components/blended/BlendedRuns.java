package org.plsim.components.blended;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.DistrictSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.testing.Districts;
import org.plsim.testing.PairedHarness;
import org.plsim.testing.TestEvidence;

/** Paired runs of blended learning for the tests: plans, districts, and mean effects with their SE. */
final class BlendedRuns {
    private BlendedRuns() {
    }

    /** Full implementation in year 1: fidelity 1 from the start, every eligible student reached. */
    static Map<String, Object> fullImplementation() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("fidelity", Map.of("start", 1.0, "peak", 1.0, "ramp_years", 0));
        s.put("rollout", Map.of("coverage", 1.0));
        return s;
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    /** A K-12 pilot of {@code 13 × perGrade} students (one school a level; 38 a grade: 494 students). */
    static DistrictSpec pilot(int perGrade) {
        return Districts.k12(1, perGrade);
    }

    static ScenarioSpec scenario(DistrictSpec district, int years, int replicates, Map<String, Object> settings) {
        return Districts.scenario(district, years, replicates,
                List.of(new ComponentSpec(BlendedLearning.NAME, settings)));
    }

    static PairedHarness.Result run(ScenarioSpec spec) {
        return PairedHarness.run(spec, TestEvidence.central());
    }

    /** Mean and standard error over replicates of a paired effect. */
    record Estimate(double mean, double se, int n) {
        static Estimate of(double[] effects) {
            double m = 0;
            for (double e : effects) {
                m += e;
            }
            m /= effects.length;
            double ss = 0;
            for (double e : effects) {
                ss += (e - m) * (e - m);
            }
            double se = effects.length > 1 ? Math.sqrt(ss / (effects.length - 1) / effects.length) : 0.0;
            return new Estimate(m, se, effects.length);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.4f ± %.4f (n=%d)", mean, se, n);
        }
    }

    static Estimate effect(PairedHarness.Result r, int year, Measure m, Subject s, Subgroup g) {
        return Estimate.of(r.effects(year, m, s, g));
    }
}
