package org.plsim.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.Arm;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ReplicateResult;
import org.plsim.experiment.ScenarioResult;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;
import org.plsim.scenario.Uncertainty;

/**
 * The all-four plan and each component alone, run as {@code plsim run --threads 1 --replicates 1
 * --uncertainty none} runs a scenario: a benchmark district with the plan (no budget), one replicate, its
 * treatment arm then its business-as-usual arm on one thread, evidence at central values. Timed whole, from the
 * plan's check to the last outcome; the runner's own clock gives each arm's model time, so the plan's cost over
 * business as usual is read within the same replicates.
 */
final class PairedRunBench {
    private static final int MAX_WARMUPS = 20;
    private final BenchConfig config;
    private final ScenarioRunner runner;
    private final Consumer<String> progress;

    PairedRunBench(BenchConfig config, ComponentRegistry registry, Consumer<String> progress) {
        this.config = config;
        this.runner = new ScenarioRunner(registry, 1);
        this.progress = progress;
    }

    /** The benchmark district of about {@code size} students with {@code plan} switched on, as this bench runs it. */
    static ScenarioSpec spec(long size, List<ComponentSpec> plan) {
        return BenchDistricts.ofSize(size).withComponents(plan).withUncertainty(Uncertainty.NONE).withBudget(null);
    }

    /**
     * Times {@code plan} on a district of {@code size}: one row with the whole run's rate (both arms' student-steps
     * over wall time), its ratio to the business-as-usual arm's rate, and the treatment arm's time over the
     * business-as-usual arm's and the seconds it adds.
     */
    WorkloadRow measure(Workload workload, String label, long size, List<ComponentSpec> plan) {
        ScenarioSpec spec = spec(size, plan);
        long steps = 2 * spec.studentWeeks();
        String what = String.format(Locale.ROOT, "%s, %s, %,d students", workload.label(), label,
                spec.district().students());
        progress.accept(what + ": warm-up");
        long until = System.nanoTime() + (long) (config.warmupSeconds() * 1e9);
        for (int i = 0; i < MAX_WARMUPS && (i < Math.min(1, config.warmups()) || System.nanoTime() < until); i++) {
            runner.run(spec, ProgressListener.NONE);
        }
        int n = config.pairedRepetitions();
        double[] rate = new double[n];
        double[] bauRate = new double[n];
        double[] armRatio = new double[n];
        double[] extra = new double[n];
        for (int i = 0; i < n; i++) {
            progress.accept(what + String.format(Locale.ROOT, ": timed run %d of %d", i + 1, n));
            long t0 = System.nanoTime();
            ScenarioResult result = runner.run(spec, ProgressListener.NONE);
            long wall = System.nanoTime() - t0;
            ReplicateResult r = result.replicates().get(0);
            long treatment = r.nanos().get(Arm.TREATMENT);
            long bau = r.nanos().get(Arm.BAU);
            rate[i] = steps / (wall / 1e9) / 1e6;
            bauRate[i] = spec.studentWeeks() / (bau / 1e9) / 1e6;
            armRatio[i] = treatment / (double) bau;
            extra[i] = (treatment - bau) / 1e9;
        }
        double median = Samples.median(rate);
        return new WorkloadRow(workload, label, WorkloadRow.Role.MEASURED, spec.district().students(), n,
                WorkloadRow.Unit.MSTEPS_PER_S, median, Double.NaN, Samples.min(rate),
                median / Samples.median(bauRate), Samples.median(armRatio), Samples.median(extra));
    }
}
