package org.plsim.workflow.rerun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.io.files.ResultFolder;
import org.plsim.io.input.ScenarioFormat;

/**
 * A comparison folder ({@code plsim compare}): its manifest records both plans' resolved scenarios, B's already
 * with A's seed, replicates and uncertainty; each is written to a temporary file (in folders {@code a/} and
 * {@code b/}, so two plans with one id keep their names) and compared again.
 */
final class CompareRerun implements RerunKind {
    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String madeBy() {
        return "plsim compare";
    }

    @Override
    public int rerun(RerunRequest r) throws IOException {
        JsonNode a = r.manifest().path("plan_a").get("scenario");
        JsonNode b = r.manifest().path("plan_b").get("scenario");
        if (a == null || !a.isObject() || b == null || !b.isObject()) {
            return r.badManifest("plan_a.scenario, plan_b.scenario: missing, allowed: the resolved scenarios a "
                    + "comparison's manifest records");
        }
        r.say("Re-comparing " + a.path("id").asText() + " and " + b.path("id").asText() + ": "
                + a.path("replicates").asText() + " replicates from root seed " + a.path("seed").asText()
                + ", into " + r.target());
        String registry = r.manifest().path("registry_sha256").asText("");
        if (!registry.isEmpty() && !registry.equals(EvidenceRegistry.builtIn().sha256())) {
            r.say("note: the evidence registry differs from the one the original used: evidence values may differ");
        }
        Path work = Files.createTempDirectory("plsim-rerun");
        try {
            List<String> args = new ArrayList<>(List.of("compare", write(work.resolve("a"), a),
                    write(work.resolve("b"), b), "--out", r.target().toString(), "--threads", "" + r.threads()));
            if (!r.progress()) {
                args.add("--no-progress");
            }
            return r.plsim(args.toArray(String[]::new));
        } finally {
            ResultFolder.deleteTree(work);
        }
    }

    /** The scenario as YAML in {@code dir}, named by its id as the original file was. */
    private static String write(Path dir, JsonNode scenario) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = new ObjectMapper().convertValue(scenario, Map.class);
        String id = String.valueOf(tree.get("id"));
        Path file = Files.createDirectories(dir).resolve(id.matches("[a-z0-9_-]{1,64}") ? id + ".yaml"
                : "scenario.yaml");
        Files.writeString(file, ScenarioFormat.yaml(tree));
        return file.toString();
    }
}
