package org.plsim.io.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.plsim.Version;
import org.plsim.evidence.EvidenceRegistry;
import org.plsim.experiment.RunKey;
import org.plsim.io.input.ScenarioFormat;
import org.plsim.scenario.ScenarioSpec;

/**
 * Whether what a researcher reads in a run's manifest ({@link Manifest}) is what its resolved {@code scenario}
 * makes: {@code plsim rerun} runs the scenario alone, so an edited root seed, replicate count, run seed, scenario
 * hash or evidence value would otherwise go unnoticed while the CSVs still match. Each is recomputed from the scenario (seeds by
 * {@link RunKey}, evidence by the registry from each run seed) and the first that differs is named. The scenario
 * hash is checked only when this PLSim made the manifest (a reference default may have changed since), the
 * evidence values only when its registry is the one shipped.
 */
public final class RunManifestCheck {
    private final JsonNode m;
    private final ScenarioSpec spec;

    public RunManifestCheck(JsonNode manifest, ScenarioSpec spec) {
        this.m = manifest;
        this.spec = spec;
    }

    /** The first field that disagrees with the scenario, as {@code field: found …, but …; allowed: …}. */
    public Optional<String> problem() {
        Optional<String> p = same("scenario_id", m.path("scenario_id").asText(), spec.id())
                .or(() -> same("root_seed", m.path("root_seed").asText(), Long.toString(spec.seed())))
                .or(() -> same("replicates", m.path("replicates").asText(), Integer.toString(spec.replicates())))
                .or(this::runSeeds);
        if (p.isEmpty() && Version.PLSIM.equals(m.path("plsim_version").asText())
                && Version.MODEL.equals(m.path("model_version").asText())) {
            p = same("scenario_sha256", m.path("scenario_sha256").asText(), ScenarioFormat.sha256(spec));
        }
        return p.or(this::evidence);
    }

    private Optional<String> runSeeds() {
        JsonNode seeds = m.path("run_seeds");
        if (!seeds.isArray() || seeds.size() != spec.replicates()) {
            return Optional.of(tampered("run_seeds", seeds.isArray() ? seeds.size() + " seeds" : shown(seeds),
                    spec.replicates() + " seeds"));
        }
        for (int r = 0; r < spec.replicates(); r++) {
            Optional<String> p = same("run_seeds[" + r + "]", seeds.get(r).asText(), Long.toString(seed(r)));
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<String> evidence() {
        JsonNode e = m.path("evidence");
        Optional<String> p = same("evidence.mode", e.path("mode").asText(), spec.uncertainty().label());
        JsonNode reps = e.path("replicates");
        if (p.isPresent() || !reps.isArray() || reps.size() != spec.replicates()) {
            return p.or(() -> Optional.of(tampered("evidence.replicates", reps.isArray() ? reps.size()
                    + " replicates" : shown(reps), spec.replicates() + " replicates")));
        }
        EvidenceRegistry registry = EvidenceRegistry.builtIn();
        boolean sameRegistry = registry.sha256().equals(e.path("registry_sha256").asText());
        for (int r = 0; r < spec.replicates(); r++) {
            String at = "evidence.replicates[" + r + "]";
            JsonNode one = reps.get(r);
            long seed = seed(r);
            Optional<String> q = same(at + ".replicate", one.path("replicate").asText(), Integer.toString(r))
                    .or(() -> same(at + ".run_seed", one.path("run_seed").asText(), Long.toString(seed)));
            if (q.isEmpty() && sameRegistry) {
                q = values(at + ".values", one.path("values"), registry.values(spec, seed).values());
            }
            if (q.isPresent()) {
                return q;
            }
        }
        return Optional.empty();
    }

    private Optional<String> values(String at, JsonNode found, Map<String, Double> made) {
        if (!found.isObject() || found.size() != made.size()) {
            return Optional.of(tampered(at, found.isObject() ? found.size() + " parameters" : shown(found),
                    made.size() + " parameters"));
        }
        for (Iterator<String> ids = found.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            Double value = made.get(id);
            JsonNode v = found.get(id);
            if (value == null || !v.isNumber() || v.asDouble() != value) {
                return Optional.of(tampered(at + "." + id, shown(v), value == null ? "no such parameter"
                        : Double.toString(value)));
            }
        }
        return Optional.empty();
    }

    private long seed(int replicate) {
        return RunKey.of(spec.id(), spec.seed(), replicate).runSeed();
    }

    private static Optional<String> same(String field, String found, String made) {
        return found.equals(made) ? Optional.empty() : Optional.of(tampered(field, "'" + found + "'", "'" + made + "'"));
    }

    private static String tampered(String field, String found, String made) {
        return field + ": found " + found + ", but the scenario the manifest records makes " + made
                + "; allowed: the manifest as plsim run wrote it (it was edited, or belongs with another scenario)";
    }

    private static String shown(JsonNode v) {
        return v.isMissingNode() ? "nothing" : v.toString();
    }
}
