package org.plsim.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.BudgetFit;
import org.plsim.experiment.ProgressListener;
import org.plsim.experiment.ScenarioRunner;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.input.HeapBudget;
import org.plsim.io.input.ReadScenario;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.reporting.Provenance;
import org.plsim.reporting.RunReport;
import org.plsim.scenario.InvalidSpecException;
import org.plsim.scenario.ScenarioSpec;

/**
 * What {@code plsim run} does: read and check a scenario, run both arms of every replicate, write the result
 * folder ({@code RESULTS_DIR/<scenario-id>/<UTC time>-seed<SEED>}, or an exact one) whole or not at all.
 */
public final class RunWorkflow {
    private final ScenarioSource source;
    private final ComponentRegistry components;
    private final int threads;

    public RunWorkflow(ScenarioSource source, ComponentRegistry components, int threads) {
        this.source = source;
        this.components = components;
        this.threads = threads;
    }

    /**
     * The scenario in {@code file} with {@code overrides} applied, or every reason it cannot run: problems in
     * the file, components not installed or badly set, an occupied {@code out}, too little heap.
     *
     * @param occupied the message for an occupied {@code out}, or null when it is free or not given
     */
    public Checked check(Path file, UnaryOperator<ScenarioSpec> overrides, String occupied) {
        ReadScenario read;
        ScenarioSpec spec;
        ScenarioSpec fitted;
        List<String> problems = new ArrayList<>();
        try {
            read = source.read(file, components, threads);
            spec = overrides.apply(read.spec());
            fitted = BudgetFit.checked(spec, components, EvidenceRegistry.builtIn());
        } catch (ScenarioException e) {
            e.problems().forEach(p -> problems.add(p.toString()));
            return new Checked(null, null, problems);
        } catch (InvalidSpecException e) {
            e.violations().forEach(v -> problems.add(file + ": " + v));
            return new Checked(null, null, problems);
        }
        if (occupied != null) {
            return new Checked(null, null, List.of(occupied));
        }
        List<String> heap = new HeapBudget(Runtime.getRuntime().maxMemory(), threads).shortfall(spec)
                .map(s -> List.of(file + ": district: " + s)).orElse(List.of());
        return heap.isEmpty()
                ? new Checked(new ReadScenario(spec, read.evidenceFile(), read.warnings()), fitted, List.of())
                : new Checked(null, null, heap);
    }

    /** Runs every replicate's two arms of a scenario that passed {@link #check}, telling {@code progress}. */
    public RunReport run(Checked checked, ProgressListener progress) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // charts render off-screen, also on a desktop
        }
        return RunReport.of(new ScenarioRunner(components, threads).runFitted(checked.read().spec(), checked.fitted(),
                progress));
    }

    /**
     * Writes the report into {@code out} (absent or empty) or a new folder under {@code resultsDir}; returns it
     * as the user would type it. Nothing is left behind when writing fails.
     *
     * @param args the command line as given, for the manifest
     */
    public Path write(RunReport report, ReadScenario read, Path file, List<String> args, Instant started, Path out,
                      Path resultsDir) throws IOException {
        ScenarioSpec spec = read.spec();
        Provenance provenance = new Provenance(file.toString(), args, started, Path.of("").toAbsolutePath(), threads,
                read.evidenceFile().orElse(null));
        try (ResultFolder staging = out != null ? ResultFolder.exactly(out)
                : ResultFolder.named(resultsDir.resolve(spec.id()), ResultPaths.runId(spec.seed(), started))) {
            report.writeTo(staging.staging(), provenance);
            return ResultPaths.shown(staging.commit());
        }
    }

    /** A scenario ready to run, or the problems that stop it (then {@code read} is null). */
    /** @param fitted the scenario as {@link BudgetFit#checked} holds it to its budget (null when not ok) */
    public record Checked(ReadScenario read, ScenarioSpec fitted, List<String> problems) {
        public boolean ok() {
            return read != null;
        }
    }
}
