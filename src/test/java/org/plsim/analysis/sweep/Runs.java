package org.plsim.analysis.sweep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plsim.analysis.EffectKey;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;
import org.plsim.testing.SyntheticSweep;

/** Sweep runs made in memory from formulas (no file), and small designs, for hand-worked analysis tests. */
final class Runs {
    private Runs() {
    }

    static SweepRuns of(int points, int replicates, List<EffectKey> keys, SyntheticSweep.Value bau,
                        SyntheticSweep.Value effect) {
        Map<EffectKey, SweepRuns.Cells> cells = new HashMap<>();
        for (EffectKey k : keys) {
            SweepRuns.Cells c = SweepRuns.Cells.empty(points, replicates);
            for (int p = 0; p < points; p++) {
                for (int r = 0; r < replicates; r++) {
                    double e = effect.at(p, r, k);
                    c.bau()[p][r] = Double.isNaN(e) ? Double.NaN : bau.at(p, r, k);
                    c.treatment()[p][r] = c.bau()[p][r] + e;
                    c.effect()[p][r] = e;
                }
            }
            cells.put(k, c);
        }
        return new SweepRuns(points, replicates, cells);
    }

    static SweepRuns effects(int points, int replicates, List<EffectKey> keys, SyntheticSweep.Value effect) {
        return of(points, replicates, keys, (p, r, k) -> 0, effect);
    }

    static EffectKey math(int year) {
        return new EffectKey(year, Outcome.ALL_GRADES, Subject.MATH, Subgroup.ALL, Measure.ACHIEVEMENT);
    }

    static EffectKey key(int year, Subject s, Subgroup g, Measure m) {
        return new EffectKey(year, Outcome.ALL_GRADES, s, g, m);
    }

    /** A design of numeric factors from rows of levels. */
    static Design numeric(String type, List<String> factors, double[][] levels, List<List<Integer>> trajectories) {
        List<String> labels = new java.util.ArrayList<>();
        List<List<String>> text = new java.util.ArrayList<>();
        for (int p = 0; p < levels.length; p++) {
            labels.add(String.format("p%02d", p));
            text.add(java.util.Arrays.stream(levels[p]).mapToObj(Double::toString).toList());
        }
        return new Design("test", type, factors, labels, text, levels, trajectories);
    }
}
