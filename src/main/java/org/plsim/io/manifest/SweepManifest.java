package org.plsim.io.manifest;

import org.plsim.io.files.JsonText;
import org.plsim.io.input.ScenarioFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.sweep.design.DesignPoint;
import org.plsim.experiment.sweep.SweepPlan;
import org.plsim.experiment.sweep.SweepRecord;

/**
 * A sweep's {@code manifest.json}: what was swept (fingerprint, design, the resolved sweep, each point's
 * scenario hash and the first point's scenario in full), from which seeds, on what software (PLSim and model
 * versions, the built-in evidence registry's SHA-256) and machine, how the replicates were decided, in how many
 * shards, how long the runs took, and a SHA-256 of every other file of the result. It starts with
 * {@code "kind": "sweep"}; the resolved sweep under {@code sweep} is all {@code plsim rerun} needs to re-make
 * the folder (see {@code RecordedSweep}). Keys are snake_case in a fixed order; {@code created_at}, {@code fingerprint}, {@code plsim_version},
 * {@code model_version} and {@code git_commit} as in a run's manifest.
 */
public final class SweepManifest {
    public static final String FILE = Manifest.FILE;
    /** The manifest's {@code kind}, which tells {@code plsim rerun} a sweep's folder from a run's. */
    public static final String KIND = "sweep";

    private SweepManifest() {
    }

    /** The manifest of {@code plan}'s result, listing {@code files} (each with its SHA-256 and size). */
    public static Map<String, Object> tree(SweepPlan plan, SweepRecord record, RunEnvironment env, List<Path> files)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("sweep_id", plan.sweepId());
        m.put("title", plan.title());
        m.put("created_at", record.startedAt().toString());
        m.put("fingerprint", plan.fingerprint());
        env.putVersions(m);
        m.put("evidence_registry_sha256", EvidenceRegistry.builtIn().sha256());
        m.put("sweep_file", record.sweepFile());
        m.put("command_line", record.commandLine());
        m.put("design", plan.designType());
        m.put("factors", plan.factors());
        m.put("points", plan.points().size());
        m.put("sweep_seed", plan.sweepSeed());
        int most = record.replicatesByPoint().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < most; r++) {
            seeds.add(plan.runSeed(r));
        }
        m.put("run_seeds", seeds);
        m.put("replicates", replicates(record));
        m.put("shards", record.shards());
        m.put("threads", record.threads());
        env.putMachine(m);
        m.put("timings", timings(record));
        List<Object> listed = new ArrayList<>();
        for (Path f : files) {
            Map<String, Object> one = new LinkedHashMap<>();
            Manifest.OutputFile o = Manifest.OutputFile.of(f);
            one.put("name", o.name());
            one.put("sha256", o.sha256());
            one.put("bytes", o.bytes());
            listed.add(one);
        }
        m.put("files", listed);
        List<Object> points = new ArrayList<>();
        for (DesignPoint p : plan.points()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("point", p.index());
            one.put("label", p.label());
            one.put("scenario_sha256", ScenarioFormat.sha256(plan.scenario(p.index())));
            points.add(one);
        }
        m.put("point_scenarios", points);
        m.put("sweep", plan.toTree());
        m.put("first_point_scenario", plan.points().isEmpty() ? null : ScenarioFormat.toTree(plan.scenario(0)));
        return m;
    }

    public static void write(Path file, SweepPlan plan, SweepRecord record, RunEnvironment env, List<Path> files)
            throws IOException {
        JsonText.write(file, tree(plan, record, env, files));
    }

    private static Map<String, Object> replicates(SweepRecord record) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stopped", record.stopped());
        m.put("by_point", record.replicatesByPoint());
        m.put("half_widths", record.halfWidths());
        m.put("runs", record.runs());
        return m;
    }

    private static Map<String, Object> timings(SweepRecord record) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("treatment", record.treatmentModelSeconds());
        model.put("bau", record.bauModelSeconds());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wall_seconds", Double.isNaN(record.wallSeconds()) ? null : record.wallSeconds());
        m.put("model_seconds", model);
        return m;
    }
}
