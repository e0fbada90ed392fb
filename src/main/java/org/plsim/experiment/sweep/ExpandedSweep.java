package org.plsim.experiment.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;
import org.plsim.Version;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.design.Expansion;
import org.plsim.experiment.sweep.design.MorrisStep;
import org.plsim.model.random.RandomStreams;
import org.plsim.scenario.ScenarioSpec;

/**
 * A sweep read, expanded and resolved: the {@link SweepPlan} runners, shards and analyses work from. Built
 * by the sweep file reader (in the io layer above), which has already checked every point's scenario.
 *
 * <pre>{@code
 * SweepPlan plan = SweepReader.load(Path.of("scenarios/sweeps/component-mix.yaml"));
 * ScenarioSpec mix = plan.scenario(5); // blended_learning + competency_progression
 * long seed = plan.runSeed(0);         // replicate 0, the same at every point
 * }</pre>
 */
public final class ExpandedSweep implements SweepPlan {
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final SweepSpec spec;
    private final String baseFile;
    private final Expansion expansion;
    private final List<ScenarioSpec> scenarios;
    private final UnaryOperator<ScenarioSpec> finish;
    private final AtomicReferenceArray<ScenarioSpec> finished;
    private final String fingerprint;

    /**
     * @param baseFile  the base scenario's path as the sweep file gives it (recorded, not fingerprinted:
     *                  moving the files does not orphan a sweep's shards); null for a scenarios design, whose
     *                  files are recorded in its design the same way
     * @param scenarios the resolved scenario at each point, in point order
     */
    public ExpandedSweep(SweepSpec spec, String baseFile, Expansion expansion, List<ScenarioSpec> scenarios) {
        this(spec, baseFile, expansion, scenarios, UnaryOperator.identity());
    }

    /**
     * @param finish what a point's scenario still needs before it runs, done on first use (once per point)
     *               and kept: a pure function that cannot fail, e.g. scaling coverage to a budget, which
     *               costs tens of milliseconds a point and is not worth paying for points a shard never runs
     */
    public ExpandedSweep(SweepSpec spec, String baseFile, Expansion expansion, List<ScenarioSpec> scenarios,
                         UnaryOperator<ScenarioSpec> finish) {
        if (scenarios.size() != expansion.points().size()) {
            throw new IllegalArgumentException(scenarios.size() + " scenarios for " + expansion.points().size()
                    + " design points");
        }
        this.spec = spec;
        this.baseFile = baseFile;
        this.expansion = expansion;
        this.scenarios = List.copyOf(scenarios);
        this.finish = finish;
        this.finished = new AtomicReferenceArray<>(scenarios.size());
        this.fingerprint = sha256(fingerprinted());
    }

    /** The sweep as read: base scenario (or scenario files), design, factors, set. */
    public SweepSpec spec() {
        return spec;
    }

    @Override
    public String sweepId() {
        return spec.id();
    }

    @Override
    public String title() {
        return spec.title();
    }

    @Override
    public String designType() {
        return spec.design().type().label();
    }

    @Override
    public List<String> factors() {
        List<String> out = new ArrayList<>();
        if (spec.design().type() == DesignType.COMPONENT_MIX) {
            out.addAll(spec.design().components());
        }
        spec.factors().forEach(f -> out.add(f.path()));
        return List.copyOf(out);
    }

    @Override
    public List<DesignPoint> points() {
        return expansion.points();
    }

    @Override
    public ScenarioSpec scenario(int point) {
        ScenarioSpec done = finished.get(point);
        if (done == null) {
            finished.compareAndSet(point, null, finish.apply(scenarios.get(point)));
            done = finished.get(point);
        }
        return done;
    }

    @Override
    public ScenarioSpec plannedScenario(int point) {
        return scenarios.get(point);
    }

    /** The reader built every point's components and refused any plan its budget cannot hold. */
    @Override
    public boolean pointsChecked() {
        return true;
    }

    @Override
    public long sweepSeed() {
        return spec.seed();
    }

    @Override
    public long runSeed(int replicate) {
        return RandomStreams.runSeed(spec.seed(), replicate);
    }

    @Override
    public Replicates replicates() {
        return spec.replicates();
    }

    @Override
    public Outputs outputs() {
        return spec.outputs();
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public List<List<Integer>> trajectories() {
        return expansion.trajectories();
    }

    @Override
    public List<MorrisStep> morrisSteps() {
        return expansion.steps();
    }

    @Override
    public Map<String, Object> toTree() {
        Map<String, Object> t = SweepTree.of(spec, expansion);
        if (spec.design().type() == DesignType.SCENARIOS) {
            @SuppressWarnings("unchecked")
            Map<String, Object> design = (Map<String, Object>) t.get("design");
            design.put("files", spec.design().files());
            return t;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> base = (Map<String, Object>) t.get("base");
        Map<String, Object> withFile = new LinkedHashMap<>();
        withFile.put("file", baseFile);
        withFile.putAll(base);
        t.put("base", withFile);
        return t;
    }

    /** What the fingerprint is taken over: the versions and the resolved sweep, without the base file's path. */
    private Map<String, Object> fingerprinted() {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("plsim", Version.PLSIM);
        t.put("model", Version.MODEL);
        t.put("sweep", SweepTree.of(spec, expansion));
        return t;
    }

    private static String sha256(Map<String, Object> tree) {
        try {
            byte[] json = JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sweep tree holds only maps, lists, numbers and text", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
