package org.plsim.bench;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.plsim.bench.conventional.ConventionalModel;
import org.plsim.model.DistrictModel;
import org.plsim.scenario.ScenarioSpec;

/**
 * Runs the benchmark, size by size: memory first (on a quiet heap), then the array model, both arms,
 * the random-number floor and the conventional MASON model, each warmed up before it is timed. Every run
 * is single-threaded, so every rate is per core.
 */
public final class Benchmark {
    private static final int MAX_WARMUPS = 500;
    private final BenchConfig config;
    private final Consumer<String> progress;

    /** @param progress told what is being measured, a line at a time (the command prints it) */
    public Benchmark(BenchConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
    }

    public BenchReport run() {
        Environment env = Environment.probe();
        List<SizeResult> results = new ArrayList<>();
        for (long size : config.sizes()) {
            results.add(measure(size));
        }
        return new BenchReport(env.atEnd(), config, results);
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
