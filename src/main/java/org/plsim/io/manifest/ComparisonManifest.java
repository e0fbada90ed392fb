package org.plsim.io.manifest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plsim.analysis.GuardRail;
import org.plsim.experiment.ScenarioResult;
import org.plsim.io.files.JsonText;
import org.plsim.io.input.EvidenceFile;
import org.plsim.io.input.ScenarioFormat;

/**
 * {@code manifest.json} of a comparison folder ({@code kind: compare}): the software and command line; the seed,
 * replicates, run seeds and evidence registry both plans shared; which of B's own settings gave way to A's
 * ({@code b_took_from_a}); the SHA-256 of every other file; then each plan as a run's manifest records it: file,
 * resolved scenario and its SHA-256, guard-rails, costs and the evidence values every replicate used.
 *
 * @param aligned what B's file said that the comparison replaced with A's value (empty when nothing)
 */
public record ComparisonManifest(Instant createdAt, RunEnvironment environment, List<String> commandLine, int threads,
                                 double wallSeconds, List<Manifest.OutputFile> files, Plan a, Plan b,
                                 List<Aligned> aligned) {
    public static final String FILE = Manifest.FILE;
    public static final String KIND = "compare";

    public ComparisonManifest {
        commandLine = List.copyOf(commandLine);
        files = List.copyOf(files);
        aligned = List.copyOf(aligned);
    }

    /**
     * One plan as run.
     *
     * @param source       the scenario file as the user named it
     * @param evidenceFile the parameter file its {@code evidence_file} named, or null
     */
    public record Plan(String source, ScenarioResult result, List<GuardRail> guardRails, EvidenceFile evidenceFile) {
        public Plan {
            guardRails = List.copyOf(guardRails);
        }

        Map<String, Object> toTree() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario_id", result.spec().id());
            m.put("scenario_source", source);
            m.put("scenario_sha256", ScenarioFormat.sha256(result.spec()));
            m.put("guard_rails", Manifest.guardRailTree(guardRails));
            m.put("costs", Manifest.costs(result));
            if (evidenceFile != null) {
                m.put("evidence_file", evidenceFile.toTree());
            }
            m.put("evidence", Manifest.evidence(result));
            m.put("scenario", ScenarioFormat.toTree(result.spec()));
            return m;
        }
    }

    /** A setting of B's file that the comparison replaced with A's, so both ran from the same random numbers. */
    public record Aligned(String field, Object inFile, Object used) {
        Map<String, Object> toTree() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", field);
            m.put("in_file", inFile);
            m.put("used", used);
            return m;
        }
    }

    /** The JSON tree, keys in the documented order. */
    public Map<String, Object> toTree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("created_at", createdAt.toString());
        environment.putVersions(m);
        m.put("command_line", commandLine);
        m.put("threads", threads);
        environment.putMachine(m);
        m.put("wall_seconds", wallSeconds);
        m.put("root_seed", a.result().spec().seed());
        m.put("replicates", a.result().replicates().size());
        m.put("run_seeds", Manifest.runSeeds(a.result()));
        m.put("uncertainty", a.result().spec().uncertainty().label());
        m.put("registry_sha256", Manifest.evidence(a.result()).get("registry_sha256"));
        m.put("b_took_from_a", aligned.stream().map(Aligned::toTree).toList());
        m.put("files", files.stream().map(Manifest.OutputFile::toTree).toList());
        m.put("plan_a", a.toTree());
        m.put("plan_b", b.toTree());
        return m;
    }

    public void write(Path file) throws IOException {
        JsonText.write(file, toTree());
    }
}
