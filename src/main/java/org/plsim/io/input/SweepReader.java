package org.plsim.io.input;

import org.plsim.io.yaml.Block;
import org.plsim.io.yaml.Problem;
import org.plsim.io.yaml.Reading;
import org.plsim.io.yaml.ScenarioException;
import org.plsim.io.yaml.ScenarioText;
import org.plsim.io.yaml.YamlTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plsim.components.ComponentRegistry;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.BudgetFit;
import org.plsim.experiment.sweep.Designs;
import org.plsim.experiment.sweep.ExpandedSweep;
import org.plsim.experiment.sweep.design.Expansion;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.SweepSpec;
import org.plsim.scenario.Budget;
import org.plsim.scenario.ScenarioSpec;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a sweep file ({@code scenarios/sweeps/*.yaml}) into a {@link SweepPlan}: its base scenario, its
 * design expanded into points, and every point's scenario resolved and checked as a run would check it
 * (components built, budget fitted). A bad file yields one {@link Problem} per thing to fix, all of them —
 * file, line, field, what was found, what is allowed, a suggestion for a misspelt key — the base scenario's
 * own problems with the base file's lines, a point's with the line of the factor that caused it. A
 * {@code scenarios} design has no base: each point is a whole scenario file, and a file's problems are put at
 * its {@code design.files} item, quoting the file's own.
 *
 * <pre>{@code
 * SweepPlan plan = SweepReader.load(Path.of("scenarios/sweeps/component-mix.yaml"));
 * }</pre>
 */
public final class SweepReader {
    private static final String ALLOWED = "a YAML map of sweep keys: id, title, base, seed, replicates, design, "
            + "set, factors, outputs (see scenarios/sweeps/)";

    private final ComponentRegistry components;
    private final EvidenceRegistry evidence;
    private final HeapBudget heap;

    /** A reader for the installed components and the built-in evidence registry, sized to this JVM's heap. */
    public SweepReader() {
        this(ComponentRegistry.discover(), EvidenceRegistry.builtIn(), HeapBudget.ofThisJvm());
    }

    public SweepReader(ComponentRegistry components, EvidenceRegistry evidence, HeapBudget heap) {
        this.components = components;
        this.evidence = evidence;
        this.heap = heap;
    }

    /** The sweep in {@code file}, read by a default reader. */
    public static SweepPlan load(Path file) throws ScenarioException {
        return new SweepReader().read(file);
    }

    /** What a reader says as it goes: each point checked, of how many (10,000 take about a minute). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void pointChecked(int done, int total);
    }

    /** The sweep in {@code file}, telling {@code progress} of each point checked. */
    public static SweepPlan load(Path file, Progress progress) throws ScenarioException {
        return new SweepReader().read(file, progress);
    }

    public ExpandedSweep read(Path file) throws ScenarioException {
        return read(file, ScenarioText.read(file), Progress.NONE);
    }

    public ExpandedSweep read(Path file, Progress progress) throws ScenarioException {
        return read(file, ScenarioText.read(file), progress);
    }

    /** The sweep whose text, already read from {@code file}, is {@code text}; its base is found beside the file. */
    public ExpandedSweep read(Path file, String text) throws ScenarioException {
        return read(file, text, Progress.NONE);
    }

    /** As {@link #read(Path, String)}, telling {@code progress} of each point checked. */
    public ExpandedSweep read(Path file, String text, Progress progress) throws ScenarioException {
        Reading reading = new Reading(file.toString());
        Node root = YamlTree.compose(text, reading, ALLOWED);
        ScenarioReader baseReader = new ScenarioReader(heap)
                .withCheck(spec -> components.createAll(spec, evidence.central(spec)));
        SweepFields fields = new SweepFields(reading, file, components.names(), baseReader);
        SweepSpec sweep = null;
        if (root instanceof MappingNode map) {
            sweep = fields.sweep(new Block(reading, "", map, null, YamlTree.line(root)));
        } else if (root != null) {
            reading.problem(YamlTree.line(root), "", "found " + YamlTree.describe(root) + ", allowed: " + ALLOWED);
        }
        Expansion expansion = null;
        List<ScenarioSpec> scenarios = null;
        if (sweep != null) { // its points are checked even when other keys have problems: all are reported at once
            expansion = Designs.expand(sweep);
            scenarios = new SweepPoints(new ScenarioReader(heap), this::check, progress).resolve(sweep, expansion, reading,
                    fields.scenarioFiles());
        }
        finish(reading, fields.innerProblems());
        if (sweep == null) {
            throw new IllegalStateException("a sweep that was not read, without a problem saying why");
        }
        return new ExpandedSweep(sweep, fields.baseText(), expansion, scenarios, this::scaleToBudget);
    }

    /**
     * What a run checks before any work: its components build, its plan fits its budget or is refused. A plan
     * that may be scaled to fit is refused only when even coverage 0 cannot fit it (its fixed costs); its
     * scaling (a bisection of cost plans) waits for {@link #scaleToBudget}, on first use of the point.
     */
    private ScenarioSpec check(ScenarioSpec spec) {
        if (scalesToBudget(spec)) {
            components.createAll(spec, evidence.central(spec));
            BudgetFit.requireScalable(spec, components, evidence.central(spec));
            return spec;
        }
        return BudgetFit.checked(spec, components, evidence);
    }

    private ScenarioSpec scaleToBudget(ScenarioSpec spec) {
        return scalesToBudget(spec) ? BudgetFit.apply(spec, spec.budget(), components, evidence.central(spec)) : spec;
    }

    private static boolean scalesToBudget(ScenarioSpec spec) {
        return spec.budget() != null && spec.budget().ifOver() == Budget.IfOver.SCALE;
    }

    /** Throws the sweep file's problems, then the scenario files', if there are any. */
    private static void finish(Reading reading, List<Problem> inner) throws ScenarioException {
        List<Problem> all = new ArrayList<>();
        try {
            reading.finish();
        } catch (ScenarioException e) {
            all.addAll(e.problems());
        }
        all.addAll(inner);
        if (!all.isEmpty()) {
            throw new ScenarioException(all);
        }
    }
}
