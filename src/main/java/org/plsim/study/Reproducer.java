package org.plsim.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plsim.analysis.MeanEstimate;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ReplicateResult;
import org.plsim.experiment.ScenarioResult;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.scenario.ScenarioSpec;

/**
 * Runs a study scenario with enough paired replicates and compares each of its results. A first round runs the scenario's own
 * replicate count (at least {@link #MIN_REPLICATES}); if the 95% CI of the mean is wider than the precision
 * asked for — a fifth of the published interval's half-width, and never finer than {@link #FLOOR} — the
 * study runs again with the count that precision needs, up to a maximum. Replicate r has the same seed in
 * every round, so the result is a pure function of the scenario, the study and these settings.
 */
public final class Reproducer {
    public static final int MIN_REPLICATES = 4;
    public static final int DEFAULT_MAX_REPLICATES = 200;
    /** The finest precision sought, SD units (or the outcome's unit): finer is below what any study reports. */
    public static final double FLOOR = 0.002;

    private final ScenarioRunner runner;
    private final int maxReplicates;

    public Reproducer(ScenarioRunner runner, int maxReplicates) {
        if (maxReplicates < MIN_REPLICATES) {
            throw new IllegalArgumentException("max replicates " + maxReplicates + " < " + MIN_REPLICATES);
        }
        this.runner = runner;
        this.maxReplicates = maxReplicates;
    }

    /** Reproduces a study with a single result (see {@link #reproduceEach} for several). */
    public Reproduction reproduce(StudyScenario s, ProgressListener progress) {
        s.study().finding();
        return reproduceEach(s, progress).get(0);
    }

    /**
     * Reproduces each of the study's results from the same runs: the replicate count is the one the most
     * demanding result needs, so every row of the study comes from the same replicates.
     */
    public List<Reproduction> reproduceEach(StudyScenario s, ProgressListener progress) {
        int first = Math.min(maxReplicates, Math.max(MIN_REPLICATES, s.spec().replicates()));
        List<Reproduction> rows = runEach(s, first, progress);
        int needed = first;
        for (Reproduction r : rows) {
            double target = target(r.study());
            double half = (r.model().ciHigh() - r.model().ciLow()) / 2;
            if (half > target) {
                needed = Math.max(needed, (int) Math.min(maxReplicates, Math.ceil(first * (half / target) * (half / target))));
            }
        }
        return needed > first ? runEach(s, needed, progress) : rows;
    }

    /** The CI half-width sought for this (single-result) study. */
    public static double target(Study study) {
        Published p = study.published();
        return Math.max(FLOOR, (p.high() - p.low()) / 10);
    }

    /** Runs exactly {@code replicates} pairs and summarizes (for calibration: fixed seeds, no second round). */
    public Reproduction run(StudyScenario s, int replicates, ProgressListener progress) {
        s.study().finding();
        return runEach(s, replicates, progress).get(0);
    }

    /** Runs exactly {@code replicates} pairs once and summarizes each of the study's results, in file order. */
    public List<Reproduction> runEach(StudyScenario s, int replicates, ProgressListener progress) {
        ScenarioSpec spec = s.spec().withReplicates(replicates);
        ScenarioResult result = runner.run(spec, progress);
        List<Reproduction> rows = new ArrayList<>();
        for (Study one : s.study().each()) {
            double[] values = new double[replicates];
            double[] served = new double[replicates];
            for (int i = 0; i < replicates; i++) {
                ReplicateResult rep = result.replicates().get(i);
                values[i] = StudyValues.of(rep, one);
                served[i] = StudyValues.served(rep, one);
                if (Double.isNaN(values[i])) {
                    throw new IllegalStateException(one.rowId(s.id()) + ": the model reported no "
                            + one.outcome().describe() + " (no such students in the study's schools?)");
                }
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            rows.add(new Reproduction(result.spec(), one, MeanEstimate.of(values), quantile(sorted, 0.025),
                    quantile(sorted, 0.975), values, Arrays.stream(served).filter(v -> !Double.isNaN(v)).toArray()));
        }
        return rows;
    }

    /** Linear interpolation between order statistics (type 7, as R's default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
