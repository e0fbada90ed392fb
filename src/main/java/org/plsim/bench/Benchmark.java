package org.plsim.bench;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.plsim.bench.conventional.ConventionalModel;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.model.DistrictModel;
import org.plsim.scenario.ComponentSpec;
import org.plsim.scenario.ScenarioSpec;

/**
 * Runs the benchmark, workload by workload. Business as usual goes size by size: memory first (on a quiet
 * heap), then the array model, both arms, the random-number floor and the conventional MASON model, each warmed
 * up before it is timed. Then the real workloads: the all-four plan, each component alone, the fixed cost of a
 * {@code plsim run}, CSV writing, and the grantee previews. Every model run is single-threaded, so every rate is
 * per core, except the preview's (two threads, as the explorer runs it) and the CSV workload's set-up.
 */
public final class Benchmark {
    private static final int MAX_WARMUPS = 500;
    private final BenchConfig config;
    private final BenchHost host;
    private final Consumer<String> progress;

    /**
     * @param host     where the scenarios, the launcher and the components are, and what the preview runs
     * @param progress told what is being measured, a line at a time (the command prints it)
     */
    public Benchmark(BenchConfig config, BenchHost host, Consumer<String> progress) {
        this.config = config;
        this.host = host;
        this.progress = progress;
    }

    public BenchReport run() throws IOException, InterruptedException, ScenarioException {
        Environment env = Environment.probe();
        List<SizeResult> results = new ArrayList<>();
        List<WorkloadRow> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (config.measures(Workload.BAU)) {
            for (long size : config.sizes()) {
                SizeResult r = measure(size);
                results.add(r);
                rows.add(new WorkloadRow(Workload.BAU, "whole run, 1 arm", WorkloadRow.Role.MEASURED, r.students(),
                        r.model().runs().size(), WorkloadRow.Unit.MSTEPS_PER_S, r.model().medianRunRate() / 1e6,
                        Double.NaN, r.model().minRunRate() / 1e6, 1.0, Double.NaN, Double.NaN));
            }
        }
        Optional<List<ComponentSpec>> plan = config.measures(Workload.ALL_FOUR) || config.measures(Workload.COMPONENTS)
                || config.measures(Workload.CSV) ? host.allFourPlan() : Optional.empty();
        String noPlan = "not measured: " + host.projectDir().resolve(BenchHost.ALL_FOUR) + " is not there (run plsim "
                + "bench from the project folder)";
        PairedRunBench paired = new PairedRunBench(config, host.registry(), progress);
        if (config.measures(Workload.ALL_FOUR)) {
            if (plan.isPresent()) {
                for (long size : config.allFourSizes()) {
                    rows.add(paired.measure(Workload.ALL_FOUR, "whole run, both arms", size, plan.get()));
                }
            } else {
                skipped.add(Workload.ALL_FOUR.label() + ": " + noPlan);
            }
        }
        if (config.measures(Workload.COMPONENTS)) {
            if (plan.isPresent()) {
                for (ComponentSpec c : plan.get()) {
                    rows.add(paired.measure(Workload.COMPONENTS, c.name(), config.componentSize(), List.of(c)));
                }
            } else {
                skipped.add(Workload.COMPONENTS.label() + ": " + noPlan);
            }
        }
        Path scratch = Files.createTempDirectory("plsim-bench");
        try {
            if (config.measures(Workload.FIXED_COST)) {
                rows.add(new FixedCostBench(config, host, progress).measure(scratch));
            }
            if (config.measures(Workload.CSV)) {
                rows.add(new CsvWriteBench(config, host.registry(), progress).measure(plan.orElse(List.of()), scratch));
            }
        } finally {
            ResultFolder.deleteTree(scratch);
        }
        if (config.measures(Workload.PREVIEW)) {
            List<Path> grantees = PreviewBench.granteeFiles(host.projectDir());
            if (grantees.isEmpty()) {
                skipped.add(Workload.PREVIEW.label() + ": not measured: no grantee scenarios under "
                        + host.projectDir().resolve("scenarios") + " (run plsim bench from the project folder)");
            } else {
                rows.addAll(new PreviewBench(config, host, progress).measure(grantees));
            }
        }
        if (config.measures(Workload.EXPLORER)) {
            if (PreviewBench.granteeFiles(host.projectDir()).isEmpty()) {
                skipped.add(Workload.EXPLORER.label() + ": not measured: no grantee scenarios under "
                        + host.projectDir().resolve("scenarios") + " (run plsim bench from the project folder)");
            } else {
                rows.addAll(new ExplorerBench(config, host, progress).measure());
            }
        }
        return new BenchReport(env.atEnd(), config, results, rows, skipped);
    }

    private SizeResult measure(long size) {
        ScenarioSpec spec = BenchDistricts.ofSize(size);
        long seed = BenchDistricts.runSeed(spec);
        int students = (int) spec.district().students();
        long weeks = spec.years() * (long) spec.weeksPerYear();
        String label = String.format("%,d students", students);

        progress.accept(label + ": memory");
        long retained = retainedBy(() -> {
            DistrictModel m = arrayModel(spec, seed);
            m.start();
            return m;
        });
        HeapProbe.resetPeaks();
        timeArrayModel(spec, seed, weeks);
        long peak = HeapProbe.peakSum();
        long masonRetained = retainedBy(() -> {
            ConventionalModel m = new ConventionalModel(spec, seed);
            m.start();
            return m;
        });

        progress.accept(label + ": array model");
        Samples model = repeat(config.warmups(), config.repetitions(), () -> timeArrayModel(spec, seed, weeks));
        progress.accept(label + ": both arms");
        double bothArms = bothArms(spec, seed);
        progress.accept(label + ": random-number floor");
        Samples floor = repeat(config.warmups(), config.repetitions(), () -> RandomFloor.time(seed, students, weeks));
        long masonWeeks = masonWeeks(spec);
        progress.accept(label + ": conventional MASON model, " + masonWeeks + " weeks");
        Samples mason = repeat(Math.min(1, config.warmups()), config.masonRepetitions(),
                () -> WeekDriver.time(() -> new ConventionalModel(spec, seed), masonWeeks, spec.weeksPerYear(),
                        ConventionalModel::students));
        return new SizeResult(size, students, spec.district().schoolCount(), model, bothArms, floor, mason,
                masonWeeks, peak, retained, masonRetained);
    }

    /** Live heap held by what {@code build} makes, measured while it is still reachable. */
    private static long retainedBy(Supplier<Object> build) {
        long base = HeapProbe.liveHeap();
        Object built = build.get();
        long retained = HeapProbe.liveHeap() - base;
        Reference.reachabilityFence(built);
        return retained;
    }

    private static DistrictModel arrayModel(ScenarioSpec spec, long seed) {
        return new DistrictModel(spec, seed, List.of(), outcome -> { }, 1);
    }

    private static RunTiming timeArrayModel(ScenarioSpec spec, long seed, long weeks) {
        return WeekDriver.time(() -> arrayModel(spec, seed), weeks, spec.weeksPerYear(),
                m -> m.district().students());
    }

    /** Median wall time of the two arms of one replicate run back to back, as {@code plsim run} does. */
    private double bothArms(ScenarioSpec spec, long seed) {
        int reps = Math.min(3, config.repetitions());
        double[] seconds = new double[reps];
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            arrayModel(spec, seed).run();
            arrayModel(spec.businessAsUsual(), seed).run();
            seconds[r] = (System.nanoTime() - t0) / 1e9;
        }
        return Samples.median(seconds);
    }

    /** Whole years of the conventional model that fit the budget: at least one, at most the horizon. */
    private long masonWeeks(ScenarioSpec spec) {
        long perYear = spec.district().students() * spec.weeksPerYear();
        long years = Math.max(1, Math.min(spec.years(), config.masonBudget() / perYear));
        return years * spec.weeksPerYear();
    }

    /** Warm-up runs until both {@code warmups} runs and the configured seconds are done, then timed runs. */
    private Samples repeat(int warmups, int repetitions, Supplier<RunTiming> run) {
        long until = System.nanoTime() + (long) (config.warmupSeconds() * 1e9);
        for (int i = 0; i < MAX_WARMUPS && (i < warmups || System.nanoTime() < until); i++) {
            run.get();
        }
        List<RunTiming> timed = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            timed.add(run.get());
        }
        return new Samples(timed);
    }
}
