package org.plsim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepProgress;
import org.plsim.experiment.sweep.SweepRun;
import org.plsim.io.sweepfolder.ShardReport;
import org.plsim.io.sweepfolder.SweepJob;
import org.plsim.io.sweepfolder.SweepMerge;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.sweepfolder.SweepRefusal;

/**
 * Sweep throughput and overhead: a component-mix sweep ({@link BenchSweepPlan}) of a benchmark district run
 * through the real runner (part file, one forced write per run) and merged. It reports runs per minute; the
 * share of the threads' time spent outside the arms' models, and outside the arms as a whole (the arms also
 * build the components and their cost plans; the rest is the sweep's own work: evidence draw, pairing, CSV,
 * CRC, disk, scheduling); and the live heap after a third and after two thirds of the runs, both mid-sweep
 * with the same runs in flight: equal when runs are streamed to disk, not held.
 *
 * <pre>{@code
 * SweepBench.Figures f = SweepBench.measure(10_000, 4, 2, 50, Files.createTempDirectory("bench"));
 * System.out.println(f.describe());
 * }</pre>
 */
public final class SweepBench {
    private SweepBench() {
    }

    /**
     * @param runs        runs of the sweep (4 points × replicates)
     * @param heapAtN  live heap (after GC) when a third of the runs (N) were done, bytes
     * @param heapAt2N live heap (after GC) when 2N runs were done, bytes
     */
    public record Figures(long students, int years, int threads, int runs, double wallSeconds, double modelSeconds,
                          double armSeconds, double mergeSeconds, long runsCsvBytes, long heapAtN, long heapAt2N,
                          double loadAverage) {
        public double runsPerMinute() {
            return runs / wallSeconds * 60;
        }

        /** 1 − model time ÷ (wall time × threads): what everything but the models costs. */
        public double overBareModels() {
            return 1 - modelSeconds / (wallSeconds * threads);
        }

        /**
         * 1 − arm time ÷ (wall time × threads): what the sweep machinery itself costs beyond running the two
         * arms (evidence draw, pairing, filtering, formatting, CRC, forced writes, scheduling, idle threads).
         */
        public double machinery() {
            return 1 - armSeconds / (wallSeconds * threads);
        }

        public String describe() {
            return String.format(Locale.ROOT, "sweep bench: %,d students, %d years, %d threads, %d runs (2 arms each)%n"
                            + "  throughput: %.1f runs/min (wall %.1f s; models %.1f s, whole arms %.1f s, summed over "
                            + "threads)%n"
                            + "  thread time beyond the bare models: %.1f%%; sweep machinery beyond the arms: %.1f%%%n"
                            + "  merge: %.2f s for a %,d-byte runs.csv%n"
                            + "  live heap mid-sweep: %.1f MiB after %d runs, %.1f MiB after %d runs%n"
                            + "  load average at the end: %.2f", students, years, threads, runs, runsPerMinute(),
                    wallSeconds, modelSeconds, armSeconds, 100 * overBareModels(), 100 * machinery(), mergeSeconds,
                    runsCsvBytes, heapAtN / 1048576.0, runs / 3, heapAt2N / 1048576.0, 2 * (runs / 3), loadAverage);
        }
    }

    /**
     * Runs a warm-up sweep (8 runs, for the JIT), then the measured one of 4 × {@code replicates} runs (at
     * least 3 replicates), in {@code scratch}.
     */
    public static Figures measure(long students, int years, int threads, int replicates, Path scratch)
            throws IOException, SweepRefusal {
        if (replicates < 3) {
            throw new IllegalArgumentException("replicates: found " + replicates + ", allowed: at least 3");
        }
        run(new BenchSweepPlan(students, years, 2), scratch.resolve("warm-up"), threads, SweepProgress.NONE);
        BenchSweepPlan plan = new BenchSweepPlan(students, years, replicates);
        int runs = 4 * replicates;
        long[] heap = new long[2];
        long[] probing = new long[1];
        SweepProgress probe = new SweepProgress() {
            @Override
            public void advance(long done, long total) {
                if (done == runs / 3 || done == 2 * (runs / 3)) {
                    long p0 = System.nanoTime();
                    heap[done == runs / 3 ? 0 : 1] = HeapProbe.liveHeap();
                    probing[0] += System.nanoTime() - p0;
                }
            }
        };
        Path root = scratch.resolve("measured");
        long t0 = System.nanoTime();
        ShardReport o = run(plan, root, threads, probe);
        double wall = (System.nanoTime() - t0 - probing[0]) / 1e9; // the full collections stop every thread
        long m0 = System.nanoTime();
        SweepMerge.merge(root);
        double merge = (System.nanoTime() - m0) / 1e9;
        return new Figures(students, years, threads, runs, wall, (o.treatmentNanos() + o.bauNanos()) / 1e9,
                o.armsNanos() / 1e9, merge,
                Files.size(root.resolve("runs.csv")), heap[0], heap[1],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static ShardReport run(BenchSweepPlan plan, Path root, int threads, SweepProgress progress)
            throws IOException, SweepRefusal {
        return new SweepJob(SweepRun.of(plan), root, Shard.WHOLE, threads, false, "(bench)", progress).run();
    }

    /**
     * {@code plsim bench --sweep}: {@code students} (4 years, 50 replicates on every processor), or a smoke test
     * ({@code quick}: 1 year, 3 replicates), in a scratch folder deleted afterwards.
     */
    public static Figures measureInScratch(long students, boolean quick) throws IOException, SweepRefusal {
        Path scratch = Files.createTempDirectory("plsim-sweep-bench");
        try {
            return measure(students, quick ? 1 : 4, Runtime.getRuntime().availableProcessors(), quick ? 3 : 50,
                    scratch);
        } finally {
            ResultFolder.deleteTree(scratch);
        }
    }
}
