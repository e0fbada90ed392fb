package org.plsim.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.plsim.analysis.EffectKey;
import org.plsim.analysis.sweep.SobolAnalysis;
import org.plsim.analysis.sweep.SobolEstimate;
import org.plsim.analysis.sweep.SweepRuns;
import org.plsim.analysis.sweep.RunsTable;
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
 * How many runs stable total Sobol indices take: the all-four plan of {@code scenarios/components/all_four.yaml}
 * (no budget, evidence at central values) with every evidence parameter that has a range as a factor (over
 * [low, high]), 1 replicate a point, N doubled from {@value #FIRST_SAMPLES} until the widest 95% bootstrap
 * interval of ST, over all factors, on the last year's math and reading effects (all students), has half-width
 * at most {@value #TARGET_HALF_WIDTH} — or the design would pass {@link DesignSpec#MAX_POINTS} points. Each N
 * is a whole sweep through the real runner, as a user doubling N would run it.
 */
public final class SobolBench {
    public static final int FIRST_SAMPLES = 8;
    public static final double TARGET_HALF_WIDTH = 0.05;

    private SobolBench() {
    }

    /** One N: its runs, wall time (the sweep and its merge) and widest ST half-width, with that factor. */
    public record Step(int samples, int runs, double wallSeconds, double widestHalfWidth, String widestFactor) {
    }

    public record Figures(int factors, int years, int threads, List<Step> steps, double loadAverage) {
        public boolean stable() {
            return !steps.isEmpty() && steps.get(steps.size() - 1).widestHalfWidth() <= TARGET_HALF_WIDTH;
        }

        public String describe() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "sobol bench: all-four plan, %d evidence "
                    + "parameters, %d years, %d threads, 1 replicate a point%n", factors, years, threads));
            double total = 0;
            for (Step s : steps) {
                total += s.wallSeconds();
                b.append(String.format(Locale.ROOT, "  N = %4d: %,6d runs, %7.1f s wall; widest ST half-width "
                        + "%.3f (%s)%n", s.samples(), s.runs(), s.wallSeconds(), s.widestHalfWidth(),
                        s.widestFactor()));
            }
            Step last = steps.get(steps.size() - 1);
            b.append(stable()
                    ? String.format(Locale.ROOT, "  stable (half-width <= %.2f) at N = %d: %,d runs, %.1f s for "
                            + "that sweep, %.1f s with the doublings before it%n", TARGET_HALF_WIDTH, last.samples(),
                            last.runs(), last.wallSeconds(), total)
                    : String.format(Locale.ROOT, "  not stable by N = %d (%,d runs, %.1f s in all): the next "
                            + "doubling passes %,d design points%n", last.samples(), last.runs(), total,
                            DesignSpec.MAX_POINTS));
            return b.append(String.format(Locale.ROOT, "  load average at the end: %.2f", loadAverage)).toString();
        }
    }

    /** {@code plsim bench --sobol}: in a scratch folder deleted afterwards; {@code years} 1 to 4. */
    public static Figures measureInScratch(Path project, int years, int threads,
                                           java.util.function.Consumer<String> log) throws Exception {
        Path scratch = Files.createTempDirectory("plsim-sobol-bench");
        try {
            return measure(project, years, threads, scratch, log);
        } finally {
            ResultFolder.deleteTree(scratch);
        }
    }

    static Figures measure(Path project, int years, int threads, Path scratch,
                           java.util.function.Consumer<String> log) throws Exception {
        List<EvidenceParameter> ranged = EvidenceRegistry.builtIn().parameters().stream()
                .filter(p -> !p.fixed() && p.high() > p.low()).toList();
        int k = ranged.size();
        List<Step> steps = new ArrayList<>();
        for (int n = FIRST_SAMPLES; (long) n * (k + 2) <= DesignSpec.MAX_POINTS; n *= 2) {
            Path sweepFile = Files.writeString(scratch.resolve("sobol-" + n + ".yaml"),
                    sweepText(project, ranged, years, n));
            SweepPlan plan = SweepReader.load(sweepFile);
            Path root = scratch.resolve("n" + n);
            long t0 = System.nanoTime();
            new SweepJob(SweepRun.of(plan), root, Shard.WHOLE, threads, false, "(bench)", SweepProgress.NONE).run();
            SweepMerge.merge(root);
            double wall = (System.nanoTime() - t0) / 1e9;
            SweepRuns runs = RunsTable.read(root.resolve("runs.csv"), plan.sweepId(), plan.points().size());
            Step step = widest(runs, plan, years, n, wall);
            log.accept(String.format(Locale.ROOT, "N = %d: %d runs in %.1f s, widest ST half-width %.3f", n,
                    step.runs(), wall, step.widestHalfWidth()));
            steps.add(step);
            if (step.widestHalfWidth() <= TARGET_HALF_WIDTH) {
                break;
            }
        }
        return new Figures(k, years, threads, steps,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static Step widest(SweepRuns runs, SweepPlan plan, int year, int n, double wall) {
        int k = plan.factors().size();
        double widest = Double.NaN;
        String factor = "";
        for (Subject subject : List.of(Subject.MATH, Subject.READING)) {
            EffectKey key = new EffectKey(year, Outcome.ALL_GRADES, subject, Subgroup.ALL, Measure.ACHIEVEMENT);
            double[][] effect = runs.cells(key).orElseThrow().effect();
            double[] a = new double[n];
            double[] b = new double[n];
            double[][] ab = new double[k][n];
            for (int p = 0; p < effect.length; p++) {
                int i = p / (k + 2);
                int role = p % (k + 2);
                double y = effect[p][0];
                if (role == 0) {
                    a[i] = y;
                } else if (role == 1) {
                    b[i] = y;
                } else {
                    ab[role - 2][i] = y;
                }
            }
            List<SobolEstimate.Indices> est = SobolEstimate.of(a, b, ab, SobolEstimate.RESAMPLES,
                    new SplittableRandom(SobolAnalysis.BOOTSTRAP_SEED));
            for (int j = 0; j < k; j++) {
                double h = est.get(j).stHalfWidth();
                if (Double.isFinite(h) && (Double.isNaN(widest) || h > widest)) {
                    widest = h;
                    factor = plan.factors().get(j) + ", " + subject.label();
                }
            }
        }
        return new Step(n, plan.points().size(), wall, widest, factor);
    }

    private static String sweepText(Path project, List<EvidenceParameter> ranged, int years, int n) {
        StringBuilder b = new StringBuilder("title: plsim bench --sobol, N = " + n + "\n")
                .append("base: '").append(project.resolve("scenarios/components/all_four.yaml").toAbsolutePath())
                .append("'\nreplicates: 1\nset:\n  budget.total_dollars: 0\n  uncertainty: none\n  years: ")
                .append(years).append("\ndesign: {type: sobol, samples: ").append(n).append("}\nfactors:\n");
        for (EvidenceParameter p : ranged) {
            b.append("  evidence.").append(p.id()).append(": {range: [").append(p.low()).append(", ")
                    .append(p.high()).append("]}\n");
        }
        return b.append("outputs:\n  measures: [achievement]\n  subgroups: [all]\n").toString();
    }
}
