package org.plsim.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.plsim.components.ComponentRegistry;
import org.plsim.experiment.ProgressListener;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.input.ReadScenario;
import org.plsim.io.manifest.ComparisonManifest;
import org.plsim.reporting.ComparisonReport;
import org.plsim.reporting.Provenance;
import org.plsim.reporting.RunReport;
import org.plsim.scenario.ScenarioSpec;

/**
 * What {@code plsim compare A.yaml B.yaml} does: read and check both scenarios as {@code plsim run} does, run B
 * with A's seed, replicates and uncertainty (so replicate <i>r</i> of both plans draws the same random numbers and
 * B − A can be taken replicate by replicate), compare, and write the folder
 * ({@code RESULTS_DIR/compare/<a-id>-vs-<b-id>/<UTC time>-seed<SEED>}, or an exact one) whole or not at all.
 *
 * <pre>{@code
 * CompareWorkflow w = new CompareWorkflow(ScenarioSource.yaml(), ComponentRegistry.discover(), 2);
 * CompareWorkflow.Checked c = w.check(Path.of("a.yaml"), Path.of("b.yaml"), s -> s, null);
 * ComparisonReport report = w.run(c, ProgressListener.NONE);
 * }</pre>
 */
public final class CompareWorkflow {
    private final RunWorkflow runs;
    private final int threads;

    public CompareWorkflow(ScenarioSource source, ComponentRegistry components, int threads) {
        this.runs = new RunWorkflow(source, components, threads);
        this.threads = threads;
    }

    /**
     * Both scenarios ready to run, B aligned to A, or every reason they cannot run: the problems of both files (B's
     * are checked even when A's fail), then an occupied {@code out}.
     *
     * @param overrides applied to A (the command line's {@code --seed}, {@code --replicates} …), and through A to B
     * @param occupied  the message for an occupied {@code out}, or null when it is free or not given
     */
    public Checked check(Path fileA, Path fileB, UnaryOperator<ScenarioSpec> overrides, String occupied) {
        RunWorkflow.Checked a = runs.check(fileA, overrides, null);
        List<ComparisonManifest.Aligned> aligned = new ArrayList<>();
        RunWorkflow.Checked b = runs.check(fileB, spec -> {
            if (!a.ok()) {
                return spec;
            }
            aligned.addAll(differences(spec, a.read().spec()));
            return alignedTo(spec, a.read().spec());
        }, null);
        List<String> problems = new ArrayList<>(a.problems());
        problems.addAll(b.problems());
        if (problems.isEmpty() && occupied != null) {
            problems.add(occupied);
        }
        return problems.isEmpty() ? new Checked(a, b, aligned, List.of()) : new Checked(null, null, List.of(), problems);
    }

    /** B with A's seed, replicates and uncertainty: what pairs the two plans' replicates. */
    static ScenarioSpec alignedTo(ScenarioSpec b, ScenarioSpec a) {
        return b.withSeed(a.seed()).withReplicates(a.replicates()).withUncertainty(a.uncertainty());
    }

    /** What B's file said that differs from A's: seed, replicates, uncertainty. */
    static List<ComparisonManifest.Aligned> differences(ScenarioSpec b, ScenarioSpec a) {
        List<ComparisonManifest.Aligned> out = new ArrayList<>();
        if (b.seed() != a.seed()) {
            out.add(new ComparisonManifest.Aligned("seed", b.seed(), a.seed()));
        }
        if (b.replicates() != a.replicates()) {
            out.add(new ComparisonManifest.Aligned("replicates", b.replicates(), a.replicates()));
        }
        if (b.uncertainty() != a.uncertainty()) {
            out.add(new ComparisonManifest.Aligned("uncertainty", b.uncertainty().label(), a.uncertainty().label()));
        }
        return out;
    }

    /** Runs A's replicates, then B's, and compares them. */
    public ComparisonReport run(Checked checked, ProgressListener progress) {
        return compare(checked, runPlan(checked.a(), progress), runPlan(checked.b(), progress));
    }

    /** Runs one plan of {@code checked} ({@link Checked#a()} or {@link Checked#b()}): its own progress display. */
    public RunReport runPlan(RunWorkflow.Checked plan, ProgressListener progress) {
        return runs.run(plan, progress);
    }

    /** Pairs the plans' effects by replicate and key. */
    public ComparisonReport compare(Checked checked, RunReport a, RunReport b) {
        return ComparisonReport.of(a, b, checked.aligned());
    }

    /**
     * Writes the comparison into {@code out} (absent or empty) or a new folder under {@code resultsDir}; returns it
     * as the user would type it. Nothing is left behind when writing fails.
     *
     * @param args the command line as given, for the manifest
     */
    public Path write(ComparisonReport report, Checked checked, Path fileA, Path fileB, List<String> args,
                      Instant started, Path out, Path resultsDir) throws IOException {
        Path here = Path.of("").toAbsolutePath();
        Provenance pa = provenance(checked.a().read(), fileA, args, started, here);
        Provenance pb = provenance(checked.b().read(), fileB, args, started, here);
        String pair = report.a().spec().id() + "-vs-" + report.b().spec().id();
        try (ResultFolder staging = out != null ? ResultFolder.exactly(out)
                : ResultFolder.named(resultsDir.resolve("compare").resolve(pair),
                        ResultPaths.runId(report.a().spec().seed(), started))) {
            report.writeTo(staging.staging(), pa, pb);
            return ResultPaths.shown(staging.commit());
        }
    }

    private Provenance provenance(ReadScenario read, Path file, List<String> args, Instant started, Path here) {
        return new Provenance(file.toString(), args, started, here, threads, read.evidenceFile().orElse(null));
    }

    /**
     * Two scenarios ready to run, or the problems that stop them (then {@code a} and {@code b} are null).
     *
     * @param aligned what of B's file gave way to A's values
     */
    public record Checked(RunWorkflow.Checked a, RunWorkflow.Checked b, List<ComparisonManifest.Aligned> aligned,
                          List<String> problems) {
        public Checked {
            aligned = List.copyOf(aligned);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return a != null;
        }

        /** Plan A as it will run. */
        public ScenarioSpec specA() {
            return a.read().spec();
        }

        /** Plan B as it will run: with A's seed, replicates and uncertainty. */
        public ScenarioSpec specB() {
            return b.read().spec();
        }
    }
}
