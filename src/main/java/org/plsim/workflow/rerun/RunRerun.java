package org.plsim.workflow.rerun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plsim.Version;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.input.ScenarioFormat;
import org.plsim.io.input.ScenarioReader;
import org.plsim.io.manifest.Manifest;
import org.plsim.io.manifest.RunManifestCheck;
import org.plsim.io.yaml.ScenarioException;

/**
 * A run folder ({@code plsim run}): its manifest records the resolved scenario — every field, defaults filled in,
 * with its id, root seed, replicates and evidence mode — which is written to a temporary file and run again.
 * Manifests from before the {@code kind} field are told by their {@code scenario_id} and {@code scenario}. The
 * fields beside the scenario that a researcher reads (seeds, replicates, hash, evidence values; costs and guard
 * rails once re-made) must be what the scenario makes, or the manifest is refused, naming the field.
 */
final class RunRerun implements RerunKind {
    @Override
    public String name() {
        return "run";
    }

    @Override
    public String madeBy() {
        return "plsim run";
    }

    @Override
    public boolean recognises(JsonNode manifest) {
        return manifest.has("scenario_id") && manifest.path("scenario").isObject();
    }

    @Override
    public int rerun(RerunRequest r) throws IOException {
        JsonNode scenario = r.manifest().get("scenario");
        if (scenario == null || !scenario.isObject()) {
            return r.badManifest("scenario: missing, allowed: the resolved scenario a run's manifest records");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = new ObjectMapper().convertValue(scenario, Map.class);
        String id = String.valueOf(tree.get("id"));
        r.say("Re-running " + id + ": " + tree.get("replicates") + " replicates from root seed "
                + tree.get("seed") + ", uncertainty " + tree.get("uncertainty") + ", into " + r.target());
        String registry = r.manifest().path("evidence").path("registry_sha256").asText("");
        if (!registry.isEmpty() && !registry.equals(EvidenceRegistry.builtIn().sha256())) {
            r.say("note: the evidence registry differs from the one the original used: evidence values "
                    + "may differ");
        }
        Path work = Files.createTempDirectory("plsim-rerun");
        try {
            Path file = work.resolve(id.matches("[a-z0-9_-]{1,64}") ? id + ".yaml" : "scenario.yaml");
            Files.writeString(file, ScenarioFormat.yaml(tree));
            Optional<String> tampered = tampered(r.manifest(), file);
            if (tampered.isPresent()) {
                return r.badManifest(tampered.get());
            }
            int code = r.progress()
                    ? r.plsim("run", file.toString(), "--out", r.target().toString(), "--threads", "" + r.threads())
                    : r.plsim("run", file.toString(), "--out", r.target().toString(), "--threads", "" + r.threads(),
                            "--no-progress");
            return code != 0 ? code : madeAlike(r);
        } finally {
            ResultFolder.deleteTree(work);
        }
    }

    /** What {@link RunManifestCheck} finds, when the scenario reads (when it does not, {@code plsim run} says why). */
    private static Optional<String> tampered(JsonNode manifest, Path scenario) {
        try {
            return new RunManifestCheck(manifest, new ScenarioReader().read(scenario)).problem();
        } catch (ScenarioException e) {
            return Optional.empty();
        }
    }

    /**
     * The costs and guard-rail flags the original records, beside those of the run re-made from its scenario
     * (which only the run computes): 0 when alike or made by other versions, else 2 naming the field.
     */
    private static int madeAlike(RerunRequest r) throws IOException {
        JsonNode was = r.manifest();
        if (!Version.PLSIM.equals(was.path("plsim_version").asText())
                || !Version.MODEL.equals(was.path("model_version").asText())) {
            return 0;
        }
        JsonNode now = new ObjectMapper().readTree(r.target().resolve(Manifest.FILE).toFile());
        for (String field : List.of("costs", "guard_rails")) {
            if (!was.path(field).equals(now.path(field))) {
                return r.badManifest(field + ": found " + was.path(field) + ", but the run re-made from the scenario "
                        + "it records (" + r.target() + ") has " + now.path(field) + "; allowed: the manifest as "
                        + "plsim run wrote it");
            }
        }
        return 0;
    }
}
