package org.plsim.workflow.rerun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.input.ScenarioFormat;

/**
 * A run folder ({@code plsim run}): its manifest records the resolved scenario — every field, defaults filled in,
 * with its id, root seed, replicates and evidence mode — which is written to a temporary file and run again.
 * Manifests from before the {@code kind} field are told by their {@code scenario_id} and {@code scenario}.
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
            return r.progress()
                    ? r.plsim("run", file.toString(), "--out", r.target().toString(), "--threads", "" + r.threads())
                    : r.plsim("run", file.toString(), "--out", r.target().toString(), "--threads", "" + r.threads(),
                            "--no-progress");
        } finally {
            ResultFolder.deleteTree(work);
        }
    }
}
