package org.plsim.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.sweep.RunsTable;
import org.plsim.analysis.sweep.SobolAnalysis;
import org.plsim.analysis.sweep.SobolEstimate;
import org.plsim.analysis.sweep.SweepRuns;
import org.plsim.evidence.EvidenceParameter;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.sweep.DesignSpec;
import org.plsim.experiment.sweep.Shard;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.SweepProgress;
import org.plsim.experiment.sweep.SweepRun;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.input.SweepReader;
import org.plsim.io.sweepfolder.SweepJob;
import org.plsim.io.sweepfolder.SweepMerge;
import org.plsim.model.observe.Measure;
import org.plsim.model.observe.Outcome;
import org.plsim.model.observe.Subgroup;
import org.plsim.model.observe.Subject;

/**
 * How many runs stable total Sobol indices take: the all-four plan (no budget, evidence at central values) with
 * every evidence parameter that has a range as a factor (over [low, high]), 1 replicate a point, N doubled from
 * {@value #FIRST_SAMPLES} until the widest 95% bootstrap interval of ST, over all factors, on the last year's
 * math and reading effects (all students), has half-width at most {@value #TARGET_HALF_WIDTH} — or the design
 * would pass {@link DesignSpec#MAX_SOBOL_POINTS} points. The district is {@code all_four.yaml}'s, or a
 * {@link BenchDistricts} K–12 district of a stated size ({@link SobolBenchBase}).
 *
 * <p>Each N is a sweep file read and run through the real runner and merged, as a user's would be; but since the
 * design for N is the first N(k + 2) points of the design for 2N and a run depends only on its point and seed,
 * each doubling runs only the points it adds ({@link SweepSlice}) and estimates from those beside the runs kept
 * from before: the same indices as a whole sweep of that N, for half its runs.
 */
public final class SobolBench {
    public static final int FIRST_SAMPLES = 8;
    public static final double TARGET_HALF_WIDTH = 0.05;
    private static final List<Subject> SUBJECTS = List.of(Subject.MATH, Subject.READING);

    private SobolBench() {
    }

    /**
     * One N: its design's runs and how many of them this doubling ran, the wall and CPU time of those (sweep,
     * merge and estimate; CPU of the whole JVM), and the widest ST half-width, with its factor and subject.
     */
    public record Step(int samples, int runs, int newRuns, double wallSeconds, double cpuSeconds,
                       double widestHalfWidth, String widestFactor) {
    }

    /**
     * @param lastIndices the last N's S1 and ST with their intervals, by subject (math, reading), then factor
     */
    public record Figures(String district, long students, int factors, int years, int threads, List<Step> steps,
                          List<List<SobolEstimate.Indices>> lastIndices, double loadAverage) {
        public boolean stable() {
            return !steps.isEmpty() && steps.get(steps.size() - 1).widestHalfWidth() <= TARGET_HALF_WIDTH;
        }

        public String describe() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "sobol bench: all-four plan on %s "
                    + "(%,d students), %d evidence parameters, grant years: %d, %d threads, 1 replicate a point; "
                    + "each doubling of N runs only the points it adds%n", district, students, factors, years,
                    threads));
            double wall = 0;
            double cpu = 0;
            for (Step s : steps) {
                wall += s.wallSeconds();
                cpu += s.cpuSeconds();
                b.append(String.format(Locale.ROOT, "  N = %4d: %,7d runs (%,7d new), %8.1f s wall, %8.1f s CPU; "
                        + "widest ST half-width %.3f (%s)%n", s.samples(), s.runs(), s.newRuns(), s.wallSeconds(),
                        s.cpuSeconds(), s.widestHalfWidth(), s.widestFactor()));
            }
            Step last = steps.get(steps.size() - 1);
            b.append(stable()
                    ? String.format(Locale.ROOT, "  stable (half-width <= %.2f) at N = %d: %,d runs, %.1f s wall and "
                            + "%.1f s CPU in all%n", TARGET_HALF_WIDTH, last.samples(), last.runs(), wall, cpu)
                    : String.format(Locale.ROOT, "  not stable by N = %d (%,d runs, %.1f s wall and %.1f s CPU in "
                            + "all)%n", last.samples(), last.runs(), wall, cpu));
            return b.append(String.format(Locale.ROOT, "  load average at the end: %.2f", loadAverage)).toString();
        }
    }

    /**
     * {@code plsim bench --sobol}: in a scratch folder deleted afterwards.
     *
     * @param students the bench district's size, or null for {@code all_four.yaml}'s district
     * @param years    grant years, 1 to 4
     */
    public static Figures measureInScratch(Path project, Long students, int years, int threads, Consumer<String> log)
            throws Exception {
        Path scratch = Files.createTempDirectory("plsim-sobol-bench");
        try {
            SobolBenchBase base = SobolBenchBase.of(project, students, years, scratch);
            return measure(base, threads, FIRST_SAMPLES, Integer.MAX_VALUE, TARGET_HALF_WIDTH, true, scratch, log);
        } finally {
            ResultFolder.deleteTree(scratch);
        }
    }

    /**
     * N = {@code firstSamples}, doubled until the widest half-width is at most {@code target}, past
     * {@code lastSamples} or past the cap; {@code reuse} false runs every N as a whole sweep (what reuse is
     * checked against).
     */
    static Figures measure(SobolBenchBase base, int threads, int firstSamples, int lastSamples, double target,
                           boolean reuse, Path scratch, Consumer<String> log) throws Exception {
        List<EvidenceParameter> ranged = rangedEvidence();
        int k = ranged.size();
        List<Step> steps = new ArrayList<>();
        List<List<SobolEstimate.Indices>> last = List.of();
        double[][] effects = new double[SUBJECTS.size()][0]; // last year's effect by subject, point
        for (int n = firstSamples; n <= lastSamples && (long) n * (k + 2) <= DesignSpec.MAX_SOBOL_POINTS; n *= 2) {
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            SweepPlan plan = SweepReader.load(Files.writeString(scratch.resolve("sobol-" + n + ".yaml"),
                    base.sweepText(ranged, n)));
            int from = reuse ? effects[0].length : 0;
            SweepPlan run = from == 0 ? plan : new SweepSlice(plan, from, plan.points().size());
            Path root = scratch.resolve("n" + n);
            int m = n;
            new SweepJob(SweepRun.of(run), root, Shard.WHOLE, threads, false, "(bench)", progress(m, log)).run();
            SweepMerge.merge(root);
            SweepRuns runs = RunsTable.read(root.resolve("runs.csv"), run.sweepId(), run.points().size());
            for (int s = 0; s < SUBJECTS.size(); s++) {
                effects[s] = append(from == 0 ? new double[0] : effects[s], runs, base.years(), SUBJECTS.get(s));
            }
            ResultFolder.deleteTree(root);
            last = indices(effects, k, n);
            Step step = step(plan, n, run.points().size(), last, t0, cpu0);
            log.accept(String.format(Locale.ROOT, "N = %d: %,d runs (%,d new) in %.1f s, widest ST half-width %.3f",
                    n, step.runs(), step.newRuns(), step.wallSeconds(), step.widestHalfWidth()));
            steps.add(step);
            if (step.widestHalfWidth() <= target) {
                break;
            }
        }
        return new Figures(base.district().name(), base.district().students(), k, base.years(), threads, steps, last,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The evidence parameters the bench varies: every one with a range. */
    static List<EvidenceParameter> rangedEvidence() {
        return EvidenceRegistry.builtIn().parameters().stream().filter(p -> !p.fixed() && p.high() > p.low()).toList();
    }

    /** Every subject's ST and S1 with their intervals, factor by factor, from the first N(k + 2) effects. */
    private static List<List<SobolEstimate.Indices>> indices(double[][] effects, int k, int n) {
        List<List<SobolEstimate.Indices>> out = new ArrayList<>();
        for (double[] y : effects) {
            out.add(SobolEstimate.ofDesignOrder(y, k, n, SobolEstimate.RESAMPLES,
                    new SplittableRandom(SobolAnalysis.BOOTSTRAP_SEED)));
        }
        return out;
    }

    private static Step step(SweepPlan plan, int n, int newRuns, List<List<SobolEstimate.Indices>> est, long t0,
                             long cpu0) {
        int k = plan.factors().size();
        double widest = Double.NaN;
        String factor = "";
        for (int s = 0; s < SUBJECTS.size(); s++) {
            for (int j = 0; j < k; j++) {
                double h = est.get(s).get(j).stHalfWidth();
                if (Double.isFinite(h) && (Double.isNaN(widest) || h > widest)) {
                    widest = h;
                    factor = plan.factors().get(j) + ", " + SUBJECTS.get(s).label();
                }
            }
        }
        return new Step(n, plan.points().size(), newRuns, (System.nanoTime() - t0) / 1e9,
                (processCpuNanos() - cpu0) / 1e9, widest, factor);
    }

    /** {@code kept}, then the slice's last-year effects on {@code subject}, point by point. */
    private static double[] append(double[] kept, SweepRuns runs, int year, Subject subject) {
        EffectKey key = new EffectKey(year, Outcome.ALL_GRADES, subject, Subgroup.ALL, Measure.ACHIEVEMENT);
        double[][] effect = runs.cells(key).orElseThrow().effect();
        double[] out = Arrays.copyOf(kept, kept.length + effect.length);
        for (int p = 0; p < effect.length; p++) {
            out[kept.length + p] = effect[p][0];
        }
        return out;
    }

    /** A line at most every 30 s of a long sweep: how many of its runs are done. */
    private static SweepProgress progress(int n, Consumer<String> log) {
        return new SweepProgress() {
            private long last = System.nanoTime();

            @Override
            public void advance(long done, long total) {
                long now = System.nanoTime();
                if (now - last >= 30_000_000_000L && done < total) {
                    last = now;
                    log.accept(String.format(Locale.ROOT, "N = %d: %,d of %,d new runs done", n, done, total));
                }
            }
        };
    }

    /** CPU time of this JVM, every thread, in nanoseconds (0 where the JVM cannot say). */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }
}
